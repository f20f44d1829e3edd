package org.golive.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Limits by client address before Spring Security looks at the token, so a flood without a token or with forged ones
 * is refused with 429 before it costs a signature check. A request takes one token from its address's bucket up front
 * and gives it back when its bearer token turns out valid (anything but 401). A bearer token that a routed request
 * proved valid (signed in, {@link #SIGNED_IN}) skips the address's bucket from then on, until it is refused (a
 * browser's session cookie likewise, once a routed request proved its session signed in): many
 * signed-in users behind one address (a hospital's NAT) neither use up its allowance while their requests are in
 * flight nor get locked out by a flood from the same address; {@link RateLimiting} limits them per user.
 */
@Component
class AddressRateLimiting implements WebFilter, Ordered {

    /** Before the security filter chain (WebFilterChainProxy, order -100), after the request id and size checks. */
    static final int ORDER = -150;

    /** Exchange attribute set by {@link RateLimiting} when the request's token was valid and it had a subject. */
    static final String SIGNED_IN = AddressRateLimiting.class.getName() + ".signedIn";

    private static final String SESSION = "session ";

    private static final ServerWebExchangeMatcher UI_FILES = WebUi.files();

    private final RateLimits limits;
    private final RateBuckets buckets;
    /** Digests of bearer tokens proved valid, forgotten after ten minutes unused or when one is refused (401). */
    private final Cache<String, Boolean> validTokens = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    private final Counter rejected;

    AddressRateLimiting(RateLimits limits, RateLimitStore store, MeterRegistry meters) {
        this.limits = limits;
        this.buckets = store.buckets("address", limits.anonymousCapacity(), limits.refillPeriod());
        this.rejected = RateLimiting.rejections(meters, "address");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        // The web UI's files and pages check no token and cost next to nothing; counted, the dozen files each person
        // loads before signing in would use up a shared address's allowance (a hospital's NAT) in minutes.
        return UI_FILES.matches(exchange).flatMap(files -> files.isMatch() ? chain.filter(exchange)
                : limited(exchange, chain));
    }

    private Mono<Void> limited(ServerWebExchange exchange, WebFilterChain chain) {
        String credential = credential(exchange);
        String tokenKey = credential == null ? null : digest(credential);
        if (tokenKey != null && validTokens.getIfPresent(tokenKey) != null) {
            return chain.filter(exchange).doFinally(signal -> {
                if (refused(exchange)) {
                    validTokens.invalidate(tokenKey);
                }
            });
        }
        String address = RateLimiting.remoteAddress(exchange);
        return buckets.take(address).flatMap(probe -> {
            if (!probe.isConsumed()) {
                rejected.increment();
                return Mono.error(new RateLimiting.TooManyRequests("address " + address,
                        TokenBuckets.retryAfterSeconds(probe.getNanosToWaitForRefill())));
            }
            if (tokenKey == null) {
                return chain.filter(exchange);
            }
            boolean fromSession = credential.startsWith(SESSION);
            return chain.filter(exchange).doFinally(signal -> {
                boolean signedIn = Boolean.TRUE.equals(exchange.getAttribute(SIGNED_IN)) && !refused(exchange);
                // A session cookie, unlike a bearer token, is never refused on a public path: only a routed request
                // that found its session signed in gives the address's token back.
                if (fromSession ? signedIn : !refused(exchange)) {
                    buckets.giveBack(address);
                }
                if (signedIn) {
                    validTokens.put(tokenKey, Boolean.TRUE);
                }
            });
        });
    }

    /** A bearer token, else a browser's session cookie (the gateway keeps that session's token). */
    private static String credential(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return authorization;
        }
        HttpCookie session = exchange.getRequest().getCookies().getFirst(BrowserSessionSecurity.SESSION_COOKIE);
        return session == null ? null : SESSION + session.getValue();
    }

    private static boolean refused(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status != null && status.value() == HttpStatus.UNAUTHORIZED.value();
    }

    /** The cache holds a digest, not the token: a heap dump shows no usable credential. */
    private static String digest(String authorization) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(authorization.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
