package org.golive.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store the rate limits count in, chosen by {@code golive.gateway.rate-limit.store} (RATE_LIMIT_STORE). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimits.class, RedisAddress.class})
class RateLimitStores {

    @Bean(destroyMethod = "close")
    RateLimitStore rateLimitStore(RateLimits limits, RedisAddress redis, MeterRegistry meters) {
        return switch (limits.store()) {
            case LOCAL -> new LocalRateLimitStore();
            case REDIS -> new SharedRateLimitStore(new RedisProxyManager(redis, limits.storeTimeout()),
                    limits.storeTimeout(), meters);
        };
    }

    /** One gateway instance: the buckets in its memory. */
    static final class LocalRateLimitStore implements RateLimitStore {
        @Override
        public RateBuckets buckets(String limit, long capacity, java.time.Duration refillPeriod) {
            return new TokenBuckets(capacity, refillPeriod);
        }
    }
}
