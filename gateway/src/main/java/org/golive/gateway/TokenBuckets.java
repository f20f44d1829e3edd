package org.golive.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * One Bucket4j token bucket per key (a caller, an address) in this instance's memory, refilled continuously. Buckets
 * of keys gone quiet are forgotten after ten minutes and at most 100,000 are kept, so memory stays bounded however
 * many keys come.
 */
final class TokenBuckets implements RateBuckets {

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

    @Override
    public Mono<ConsumptionProbe> take(String key) {
        return Mono.fromSupplier(() -> of(key).tryConsumeAndReturnRemaining(1));
    }

    @Override
    public void giveBack(String key) {
        of(key).addTokens(1);
    }

    private Bucket of(String key) {
        return buckets.get(key, k -> Bucket.builder().addLimit(limit(capacity, refillPeriod)).build());
    }

    /** {@code capacity} at once, {@code capacity} more every {@code refillPeriod}, refilled continuously. */
    static Bandwidth limit(long capacity, Duration refillPeriod) {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, refillPeriod).build();
    }

    static BucketConfiguration configuration(long capacity, Duration refillPeriod) {
        return BucketConfiguration.builder().addLimit(limit(capacity, refillPeriod)).build();
    }

    /** Whole seconds until the next request would be let through, at least one: the {@code Retry-After}. */
    static long retryAfterSeconds(long nanosToWait) {
        return Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
    }
}
