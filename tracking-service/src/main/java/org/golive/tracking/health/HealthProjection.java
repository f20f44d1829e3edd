package org.golive.tracking.health;

import org.golive.platform.consumer.IncomingEvent;
import org.golive.tracking.intake.Projection;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Judges the rollouts a poll's events touched (events are keyed by rollout) once the other read models applied them:
 * all of them together, from the plans the live listeners keep in memory ({@link JudgementSources#live}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class HealthProjection implements Projection {

    private final HealthEvaluation evaluation;
    private final JudgementSources sources;

    HealthProjection(HealthEvaluation evaluation, JudgementSources sources) {
        this.evaluation = evaluation;
        this.sources = sources;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.afterEach(events -> {
            Set<String> rollouts = new LinkedHashSet<>();
            for (IncomingEvent event : events) {
                if (event.key() != null) {
                    rollouts.add(event.key());
                }
            }
            evaluation.judge(rollouts, sources.live());
        });
    }
}
