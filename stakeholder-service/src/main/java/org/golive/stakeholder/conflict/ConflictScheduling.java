package org.golive.stakeholder.conflict;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the escalation check on its schedule; {@code golive.conflicts.escalation-enabled=false} leaves it to tests. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "golive.conflicts.escalation-enabled", matchIfMissing = true)
class ConflictScheduling {
}
