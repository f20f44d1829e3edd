package org.golive.gateway;

import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/** One limit's token buckets, one per key (a caller, an address), wherever they are kept ({@link RateLimitStore}). */
interface RateBuckets {

    /** Takes one token from the key's bucket: consumed, or not with the wait until the next one. */
    Mono<ConsumptionProbe> take(String key);

    /** Puts one token back (never above the capacity); nothing waits for it. */
    void giveBack(String key);
}
