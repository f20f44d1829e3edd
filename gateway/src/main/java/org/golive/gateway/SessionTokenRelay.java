package org.golive.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Relays a signed-in browser's access token from its session to the service as {@code Authorization: Bearer}, like
 * Spring Cloud Gateway's TokenRelay, but a session that can no longer get a token ends with a 401 instead of reaching
 * the service without one. A bearer caller's own token goes through untouched.
 */
final class SessionTokenRelay implements GlobalFilter, Ordered {

    private final SessionTokens tokens;

    SessionTokenRelay(SessionTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(OAuth2AuthenticationToken.class::isInstance)
                .cast(OAuth2AuthenticationToken.class)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(user -> user.isEmpty() ? chain.filter(exchange)
                        : tokens.current(exchange, user.get()).flatMap(token -> token.isEmpty()
                                ? SessionTokens.ended(exchange)
                                : chain.filter(withBearer(exchange, token.get()))));
    }

    private static ServerWebExchange withBearer(ServerWebExchange exchange, OAuth2AccessToken token) {
        return exchange.mutate()
                .request(request -> request.headers(headers -> headers.setBearerAuth(token.getTokenValue())))
                .build();
    }

    /** After the per-user rate limit (which needs the principal only), before the request leaves. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
