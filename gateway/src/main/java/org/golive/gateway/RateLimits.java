package org.golive.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code golive.gateway.rate-limit.*}: each caller (the token's subject: a user or a client; the remote address when
 * there is no token) may make {@code capacity} requests at once and gets {@code capacity} more every
 * {@code refillPeriod}, refilled continuously. Before any token is checked, each client address may send
 * {@code anonymousCapacity} requests per {@code refillPeriod} that carry no token or a token refused with 401.
 * Counted per gateway instance ({@code store} LOCAL) or in Redis across every replica ({@code store} REDIS; a store
 * that does not answer within {@code storeTimeout} counts the request in the instance, see
 * {@link SharedRateLimitStore}).
 */
@ConfigurationProperties("golive.gateway.rate-limit")
record RateLimits(@DefaultValue("true") boolean enabled,
                  @DefaultValue("300") long capacity,
                  @DefaultValue("1m") Duration refillPeriod,
                  @DefaultValue("120") long anonymousCapacity,
                  @DefaultValue("local") Store store,
                  @DefaultValue("500ms") Duration storeTimeout) {

    enum Store { LOCAL, REDIS }
}
