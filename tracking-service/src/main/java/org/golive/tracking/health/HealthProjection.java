package org.golive.tracking.health;

import org.golive.tracking.intake.Projection;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Judges a rollout's health again after every event the other read models applied (events are keyed by rollout). */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class HealthProjection implements Projection {

    private final HealthEvaluation evaluation;

    HealthProjection(HealthEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.afterEach(event -> evaluation.reevaluate(event.key()));
    }
}
