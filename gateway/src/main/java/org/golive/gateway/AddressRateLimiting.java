package org.golive.gateway;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits by client address before Spring Security looks at the token, so a flood without a token or with forged ones
 * is refused with 429 before it costs a signature check. Every request takes one token from its address's bucket up
 * front; a request whose token turns out valid (anything but 401) gives it back, so signed-in users behind one
 * address (a hospital's NAT) are limited per user by {@link RateLimiting}, not here.
 */
@Component
class AddressRateLimiting implements WebFilter, Ordered {

    /** Before the security filter chain (WebFilterChainProxy, order -100), after the request id and size checks. */
    static final int ORDER = -150;

    private final RateLimits limits;
    private final TokenBuckets buckets;

    AddressRateLimiting(RateLimits limits) {
        this.limits = limits;
        this.buckets = new TokenBuckets(limits.anonymousCapacity(), limits.refillPeriod());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        String address = RateLimiting.remoteAddress(exchange);
        Bucket bucket = buckets.of(address);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return Mono.error(new RateLimiting.TooManyRequests("address " + address,
                    TokenBuckets.retryAfterSeconds(probe.getNanosToWaitForRefill())));
        }
        if (!exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange).doFinally(signal -> {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            if (status == null || status.value() != HttpStatus.UNAUTHORIZED.value()) {
                bucket.addTokens(1);
            }
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
