package org.golive.tracking;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Today is 25 November 2026 in these tests, so days to go-live are exact. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClock {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
