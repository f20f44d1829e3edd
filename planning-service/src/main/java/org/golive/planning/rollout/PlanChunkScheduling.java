package org.golive.planning.rollout;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the sweep of unreferenced plan chunks; {@code golive.plan-chunks.sweep-enabled=false} leaves it to tests. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "golive.plan-chunks.sweep-enabled", matchIfMissing = true)
class PlanChunkScheduling {
}
