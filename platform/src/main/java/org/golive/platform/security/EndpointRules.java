package org.golive.platform.security;

import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service's access rules, one per endpoint: which roles may call it. Anything without a rule is refused (403), so
 * an endpoint added without a rule cannot be used until someone decides who may use it, and a test that lists every
 * endpoint of the service fails meanwhile. A service may have several: the platform adds its own endpoints' rules
 * (parked events of the outbox and of the consumers) as beans of their own, and the filter chain takes them all.
 */
public final class EndpointRules {

    /** One rule: a method and an Ant-style path pattern, and the roles allowed. */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {
    }

    private final List<Rule> rules;

    private EndpointRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Rule> rules() {
        return rules;
    }

    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>();

        public Builder get(String pattern, Role... roles) {
            return add(HttpMethod.GET, pattern, roles);
        }

        public Builder post(String pattern, Role... roles) {
            return add(HttpMethod.POST, pattern, roles);
        }

        public Builder put(String pattern, Role... roles) {
            return add(HttpMethod.PUT, pattern, roles);
        }

        public Builder patch(String pattern, Role... roles) {
            return add(HttpMethod.PATCH, pattern, roles);
        }

        public Builder delete(String pattern, Role... roles) {
            return add(HttpMethod.DELETE, pattern, roles);
        }

        private Builder add(HttpMethod method, String pattern, Role... roles) {
            if (roles.length == 0) {
                throw new IllegalArgumentException("A rule for " + method + " " + pattern + " names no role");
            }
            rules.add(new Rule(method, pattern, EnumSet.copyOf(Arrays.asList(roles))));
            return this;
        }

        public EndpointRules build() {
            return new EndpointRules(rules);
        }
    }
}
