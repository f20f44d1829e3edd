package org.golive.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Adds the claims Golive's services authorize with: the {@code golive} audience and the caller's roles (without
 * Spring's {@code ROLE_} prefix, as an identity provider outside Spring would send them), plus a person's name and
 * email. The ID token carries the roles too, so that the web client can shape its screens without another call.
 */
@Component
class GoliveTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final String ROLE_PREFIX = "ROLE_";

    private final IdentityProperties identity;
    private final DemoUsers users;

    GoliveTokenClaims(IdentityProperties identity, DemoUsers users) {
        this.identity = identity;
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        JwtClaimsSet.Builder claims = context.getClaims();
        if (accessToken) {
            claims.claims(all -> all.put(JwtClaimNames.AUD, withAudience(all.get(JwtClaimNames.AUD))));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            claims.claim("roles", clientRoles(context.getRegisteredClient()));
        } else {
            Authentication person = context.getPrincipal();
            claims.claim("roles", roles(person.getAuthorities()));
            users.find(person.getName()).ifPresent(account -> {
                claims.claim("name", account.name());
                claims.claim("email", account.email());
            });
        }
    }

    /** Keeps the audience the server set (the client id) and adds Golive's. */
    private List<String> withAudience(Object current) {
        List<String> audience = new ArrayList<>();
        if (current instanceof Collection<?> values) {
            values.forEach(value -> audience.add(String.valueOf(value)));
        } else if (current != null) {
            audience.add(String.valueOf(current));
        }
        if (!audience.contains(identity.audience())) {
            audience.add(identity.audience());
        }
        return audience;
    }

    private static List<String> clientRoles(RegisteredClient client) {
        List<String> roles = client.getClientSettings().getSetting(ClientRegistrations.ROLES);
        return roles == null ? List.of() : roles;
    }

    /** Only roles: Spring Security 7 also grants authorities such as FACTOR_PASSWORD, which are no Golive role. */
    private static List<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .toList();
    }
}
