package org.golive.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

/**
 * Bearer tokens the gateway has already verified, so a client that sends the same token on every call pays for its
 * signature check and claim validation once, not per request (on a one-task read that check was about a third of the
 * gateway's CPU). A token is kept until it expires, and at most {@link #AT_MOST} (the time the decoder keeps the
 * provider's key set): a token signed by a key the provider has dropped stops working as soon as it would have anyway.
 * Refused tokens are never kept, and at most {@link #CAPACITY} tokens are (least recently used go first).
 */
final class VerifiedTokens {

    static final Duration AT_MOST = Duration.ofMinutes(5);
    static final long CAPACITY = 10_000;

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(ReactiveJwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(CAPACITY)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifetime(jwt)))
                .build();
    }

    /** What the decoder would answer: the verified token, or its error for a refused one. */
    Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            if (clock.instant().isBefore(known.getExpiresAt())) {
                return Mono.just(known);
            }
            verified.invalidate(token);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null) {
                verified.put(token, jwt);
            }
        });
    }

    private Duration lifetime(Jwt jwt) {
        Duration untilExpiry = Duration.between(clock.instant(), jwt.getExpiresAt());
        return untilExpiry.isNegative() ? Duration.ZERO : untilExpiry.compareTo(AT_MOST) < 0 ? untilExpiry : AT_MOST;
    }

    /** For tests and metrics: how many verified tokens are held now. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
