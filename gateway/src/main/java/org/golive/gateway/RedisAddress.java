package org.golive.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the shared rate-limit store runs, under Spring Boot's usual names ({@code SPRING_DATA_REDIS_HOST},
 * {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD}, {@code _SSL_ENABLED}). Read by the gateway itself, not by
 * Boot's Redis auto-configuration: that one's health indicator would report the gateway DOWN whenever Redis blips,
 * while the limits go on per instance (see {@link SharedRateLimitStore}).
 */
@ConfigurationProperties("spring.data.redis")
record RedisAddress(@DefaultValue("localhost") String host,
                    @DefaultValue("6379") int port,
                    String username,
                    String password,
                    @DefaultValue Ssl ssl) {

    record Ssl(@DefaultValue("false") boolean enabled) {
    }
}
