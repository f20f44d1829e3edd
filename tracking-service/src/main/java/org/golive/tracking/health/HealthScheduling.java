package org.golive.tracking.health;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily re-judge on its schedule; {@code golive.tracking.daily-rejudge-enabled=false} leaves it to tests. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "golive.tracking.daily-rejudge-enabled", matchIfMissing = true)
class HealthScheduling {
}
