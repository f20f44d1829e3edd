package org.golive.gateway;

import java.time.Duration;

/**
 * Where the gateway keeps its token buckets: in this instance's memory (the default, {@link TokenBuckets}) or in
 * Redis, shared by every replica ({@link SharedRateLimitStore}, {@code RATE_LIMIT_STORE=redis}).
 */
interface RateLimitStore extends AutoCloseable {

    /** The buckets of one limit, named so that two limits never share a bucket for the same key. */
    RateBuckets buckets(String limit, long capacity, Duration refillPeriod);

    @Override
    default void close() {
    }
}
