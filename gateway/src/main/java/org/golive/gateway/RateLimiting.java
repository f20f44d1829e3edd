package org.golive.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
import java.security.Principal;
import java.time.Duration;

/**
 * One noisy client cannot take Golive down: every caller has a token bucket (Bucket4j). Past it the answer is 429
 * with {@code Retry-After}, the seconds until the next request would be let through. Buckets of callers gone quiet
 * are forgotten after ten minutes, so memory stays bounded however many callers come.
 */
@Component
@EnableConfigurationProperties(RateLimits.class)
class RateLimiting implements GlobalFilter, Ordered {

    private final RateLimits limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    RateLimiting(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(Principal::getName)
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + remoteAddress(exchange)))
                .flatMap(caller -> {
                    ConsumptionProbe probe = buckets.get(caller, key -> newBucket()).tryConsumeAndReturnRemaining(1);
                    if (probe.isConsumed()) {
                        exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                                Long.toString(probe.getRemainingTokens()));
                        return chain.filter(exchange);
                    }
                    long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                    return Mono.error(new TooManyRequests(caller, retryAfter));
                });
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

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.capacity())
                        .refillGreedy(limits.capacity(), limits.refillPeriod()).build())
                .build();
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress address = exchange.getRequest().getRemoteAddress();
        return address == null ? "unknown" : address.getAddress().getHostAddress();
    }

    /** After the error and availability filters, before routing. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
