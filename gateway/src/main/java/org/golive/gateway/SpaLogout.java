package org.golive.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * After {@code POST /logout} has ended the session: the browser goes on to the identity provider's end-session
 * endpoint (RP-initiated logout, so the next sign-in asks for the password again), which sends it back to {@code /};
 * straight to {@code /} when the provider has no such endpoint. A form post gets that as a redirect; a script
 * ({@code fetch}, which cannot follow a redirect to another origin) gets {@code 200 {"redirect": "<url>"}} and
 * navigates there itself.
 */
final class SpaLogout implements ServerLogoutSuccessHandler {

    private final OidcClientInitiatedServerLogoutSuccessHandler endSession;

    SpaLogout(ReactiveClientRegistrationRepository registrations) {
        endSession = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        endSession.setPostLogoutRedirectUri("{baseUrl}/");
        endSession.setLogoutSuccessUrl(URI.create("/"));
        endSession.setRedirectStrategy(new NavigationOrScript());
    }

    @Override
    public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
        return endSession.onLogoutSuccess(exchange, authentication);
    }

    /** A redirect for a page navigation (it accepts HTML), the target as JSON for a script. */
    private static final class NavigationOrScript implements ServerRedirectStrategy {

        /** A malformed Accept header is a script's: it gets the JSON answer, never a 500. */
        private static boolean acceptsHtml(ServerWebExchange exchange) {
            try {
                return exchange.getRequest().getHeaders().getAccept().stream()
                        .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
            } catch (InvalidMediaTypeException e) {
                return false;
            }
        }

        private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

        @Override
        public Mono<Void> sendRedirect(ServerWebExchange exchange, URI location) {
            if (acceptsHtml(exchange)) {
                return redirect.sendRedirect(exchange, location);
            }
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.OK);
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            response.getHeaders().setCacheControl("no-store");
            byte[] body = ("{\"redirect\":\"" + location.toASCIIString().replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\"}").getBytes(StandardCharsets.UTF_8);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        }
    }
}
