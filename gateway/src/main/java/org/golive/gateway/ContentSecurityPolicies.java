package org.golive.gateway;

import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Two content security policies on the gateway's chain: the API and the sign-in endpoints answer data and
 * redirects, never a page, so nothing may load from them; the web UI (every other path: its index, hashed assets and
 * client-side routes) runs only scripts from this origin (a Vite build has no inline script), talks only to this
 * origin, and may post a form only here or to the identity provider (logout's redirect to its end-session page).
 */
final class ContentSecurityPolicies implements ServerHttpHeadersWriter {

    static final String HEADER = "Content-Security-Policy";
    static final String API = "default-src 'none'; frame-ancestors 'none'";
    private static final List<String> API_PATHS = List.of("/api/", "/actuator", "/oauth2/", "/login/", "/logout");

    private final String ui;

    ContentSecurityPolicies(String identityProvider) {
        // Inline style attributes are allowed: charting and Gantt libraries set them; inline script is not.
        this.ui = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self' " + identityProvider + "; frame-ancestors 'none'";
    }

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        var headers = exchange.getResponse().getHeaders();
        if (!headers.containsHeader(HEADER)) {
            String path = exchange.getRequest().getPath().value();
            headers.set(HEADER, API_PATHS.stream().anyMatch(path::startsWith) ? API : ui);
        }
        return Mono.empty();
    }
}
