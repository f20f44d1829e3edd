package org.golive.tracking.rebuild;

import org.golive.platform.problem.ConflictException;
import org.golive.tracking.status.RolloutPlans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The migration from plans stored whole (one document per rollout holding every task) to a document per task: a
 * rebuild from the event log, started when tracking finds plans of the old shape in the active generation. Until it
 * switches, those rollouts' plans read as empty (status, earned value and health of the moment are those of an
 * unplanned rollout); the rebuild then writes every plan in the new shape and judges health again.
 */
@Component
class PlanStorageMigration {

    private static final Logger log = LoggerFactory.getLogger(PlanStorageMigration.class);

    private final RolloutPlans plans;
    private final ReadModelRebuild rebuild;

    PlanStorageMigration(RolloutPlans plans, ReadModelRebuild rebuild) {
        this.plans = plans;
        this.rebuild = rebuild;
    }

    /** After {@link ReadModelRebuild#abandonInterrupted}, which runs when the application has started. */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildPlansOfTheOldShape() {
        if (!plans.storedInTheOldShape()) {
            return;
        }
        try {
            rebuild.start("tracking (plan storage migration)");
            log.info("Plans stored whole found: rebuilding the read models from the topics to store them per task");
        } catch (ConflictException running) {
            log.info("Plans stored whole found while a rebuild runs: it writes them in the new shape");
        }
    }
}
