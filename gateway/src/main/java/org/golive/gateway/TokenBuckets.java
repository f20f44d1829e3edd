package org.golive.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;

/**
 * One Bucket4j token bucket per key (a caller, an address), refilled continuously. Buckets of keys gone quiet are
 * forgotten after ten minutes and at most 100,000 are kept, so memory stays bounded however many keys come.
 */
final class TokenBuckets {

    private final long capacity;
    private final Duration refillPeriod;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    TokenBuckets(long capacity, Duration refillPeriod) {
        this.capacity = capacity;
        this.refillPeriod = refillPeriod;
    }

    Bucket of(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, refillPeriod).build())
                .build());
    }

    /** Whole seconds until the next request would be let through, at least one: the {@code Retry-After}. */
    static long retryAfterSeconds(long nanosToWait) {
        return Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
    }
}
