package org.golive.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * One noisy client cannot take Golive down: every caller has a token bucket (Bucket4j), in this instance or shared by
 * the replicas ({@link RateLimitStore}). Past it the answer is 429 with {@code Retry-After}, the seconds until the next
 * request would be let through. Callers without a valid token were limited by address already, before their token was
 * checked ({@link AddressRateLimiting}).
 */
@Component
class RateLimiting implements GlobalFilter, Ordered {

    private final RateLimits limits;
    private final RateBuckets buckets;
    private final Counter rejected;

    RateLimiting(RateLimits limits, RateLimitStore store, MeterRegistry meters) {
        this.limits = limits;
        this.buckets = store.buckets("caller", limits.capacity(), limits.refillPeriod());
        this.rejected = rejections(meters, "caller");
    }

    /** Requests refused with 429, by the limit that refused them: per caller, or per address before the token. */
    static Counter rejections(MeterRegistry meters, String limit) {
        return Counter.builder("golive.gateway.rate.limited")
                .description("Requests refused with 429 by the gateway's rate limits")
                .tag("limit", limit)
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(principal -> {
                    exchange.getAttributes().put(AddressRateLimiting.SIGNED_IN, Boolean.TRUE);
                    return principal.getName();
                })
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + remoteAddress(exchange)))
                .flatMap(caller -> buckets.take(caller).flatMap(probe -> {
                    if (probe.isConsumed()) {
                        exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                                Long.toString(probe.getRemainingTokens()));
                        return chain.filter(exchange);
                    }
                    rejected.increment();
                    return Mono.error(new TooManyRequests(caller,
                            TokenBuckets.retryAfterSeconds(probe.getNanosToWaitForRefill())));
                }));
    }

    /** 429, carrying the Retry-After header into the problem response. */
    static final class TooManyRequests extends ResponseStatusException {

        private final long retryAfterSeconds;

        TooManyRequests(String caller, long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests from " + caller + "; retry in " + retryAfterSeconds
                    + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public HttpHeaders getHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            return headers;
        }
    }

    static String remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress address = exchange.getRequest().getRemoteAddress();
        return address == null ? "unknown" : address.getAddress().getHostAddress();
    }

    /** After the error and availability filters, before routing. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
