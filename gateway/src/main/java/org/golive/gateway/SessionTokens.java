package org.golive.gateway;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * The access token of a signed-in browser's session, kept in its WebSession (never sent to the browser): refreshed
 * when it has expired and the provider gave a refresh token; when it cannot be, the session is over.
 */
final class SessionTokens {

    private final ReactiveOAuth2AuthorizedClientManager authorizedClients;
    private final Clock clock;

    SessionTokens(ReactiveOAuth2AuthorizedClientManager authorizedClients, Clock clock) {
        this.authorizedClients = authorizedClients;
        this.clock = clock;
    }

    /** The session's live access token, refreshed if need be; empty when the session can no longer get one. */
    Mono<Optional<OAuth2AccessToken>> current(ServerWebExchange exchange, OAuth2AuthenticationToken user) {
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                .withClientRegistrationId(user.getAuthorizedClientRegistrationId())
                .principal(user)
                .attribute(ServerWebExchange.class.getName(), exchange)
                .build();
        return authorizedClients.authorize(request)
                .map(OAuth2AuthorizedClient::getAccessToken)
                .filter(this::live)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                // Refresh refused (revoked, expired) or the client gone from the session: sign in again.
                .onErrorResume(OAuth2AuthorizationException.class, refused -> Mono.just(Optional.empty()));
    }

    private boolean live(OAuth2AccessToken token) {
        return token.getExpiresAt() == null || token.getExpiresAt().isAfter(clock.instant());
    }

    /** Ends the session and answers 401 with a problem, as to any caller who is not signed in. */
    static Mono<Void> ended(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(WebSession::invalidate).then(unauthenticated(exchange,
                "The session has ended; sign in again"));
    }

    static Mono<Void> unauthenticated(ServerWebExchange exchange, String detail) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = ("{\"type\":\"https://golive.org/problems/unauthenticated\",\"title\":\"Unauthenticated\","
                + "\"status\":401,\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
