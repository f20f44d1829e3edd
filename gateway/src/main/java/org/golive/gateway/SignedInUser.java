package org.golive.gateway;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/me}: who the caller is, for the web UI to greet the user and show only the actions their roles
 * allow. The security chain answers 401 to a caller who is not signed in; a session whose tokens can no longer be
 * refreshed ends here too, so the UI learns it before its first API call fails.
 */
@RestController
class SignedInUser {

    private final SessionTokens tokens;

    SignedInUser(SessionTokens tokens) {
        this.tokens = tokens;
    }

    /** Roles are Golive's role names (without {@code ROLE_}); name and email are absent for a machine client. */
    record Me(String username, String name, String email, List<String> roles) {
    }

    @GetMapping("/api/me")
    Mono<ResponseEntity<?>> me(ServerWebExchange exchange, Authentication caller) {
        if (caller instanceof OAuth2AuthenticationToken session && session.getPrincipal() instanceof OidcUser user) {
            return tokens.current(exchange, session).flatMap(token -> token.isPresent()
                    ? Mono.just(ResponseEntity.ok(of(user.getClaims())))
                    : exchange.getSession().flatMap(WebSession::invalidate)
                            .thenReturn(unauthenticated("The session has ended; sign in again")));
        }
        if (caller instanceof JwtAuthenticationToken bearer) {
            return Mono.just(ResponseEntity.ok(of(bearer.getToken().getClaims())));
        }
        return Mono.just(unauthenticated("Sign in, or call with a bearer token"));
    }

    private static ResponseEntity<?> unauthenticated(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(URI.create("https://golive.org/problems/unauthenticated"));
        problem.setTitle("Unauthenticated");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Me of(Map<String, Object> claims) {
        Object username = claims.getOrDefault("preferred_username", claims.get("sub"));
        return new Me(text(username), text(claims.get("name")), text(claims.get("email")), roles(claims.get("roles")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> roles(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
