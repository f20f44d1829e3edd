package org.golive.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.Set;

/** Who is calling: the token's subject and the roles it carries. */
public record Caller(String name, Set<Role> roles) {

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return new Caller("anonymous", Set.of());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
