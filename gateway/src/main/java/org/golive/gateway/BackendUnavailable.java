package org.golive.gateway;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.net.ConnectException;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Says which side failed when a service cannot be reached. Left alone, the gateway answers a refused connection
 * with 500, which reads as a gateway bug; a client (and a retrying one above all) needs to see that the service is
 * away. Refused connection, connect timeout, or a name that no longer resolves (its container is gone): 503. Service
 * hung up before answering: 502. A response timeout is already 504 in the gateway itself.
 */
@Component
class BackendUnavailable implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(BackendUnavailable.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange)
                .onErrorMap(ConnectException.class, e -> failed(exchange, HttpStatus.SERVICE_UNAVAILABLE, e))
                .onErrorMap(UnknownHostException.class, e -> failed(exchange, HttpStatus.SERVICE_UNAVAILABLE, e))
                .onErrorMap(PrematureCloseException.class, e -> failed(exchange, HttpStatus.BAD_GATEWAY, e));
    }

    private static ResponseStatusException failed(ServerWebExchange exchange, HttpStatus status, Throwable cause) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        String service = route == null ? "?" : route.getId();
        // One line instead of the stack trace the error handler prints for a 500: expected while a service restarts.
        log.warn("{} {}: service {} not reachable ({})", status.value(), exchange.getRequest().getPath(), service,
                cause.getMessage());
        return new ResponseStatusException(status, "Service " + service + " is not reachable", cause);
    }

    /** Outermost, so that it sees the errors of every other filter and of the routing itself. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
