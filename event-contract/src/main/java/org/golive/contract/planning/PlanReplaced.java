package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A site's plan was replaced whole from a Microsoft Project file: every task of the previous plan is gone, with its
 * progress and the plan's baselines, and {@code tasks} is the complete new plan. A task id the new plan uses again
 * names a new task (a file's UIDs), not the old one. The rollout, its go-live date and site stay. Key: rollout id.
 *
 * @param previousTaskIds    the ids of every task of the plan replaced: gone, including those whose id is reused
 * @param discardedBaselines the names of the previous plan's baselines, gone with it
 * @param criticalPath       ids of the critical tasks of the new plan, in schedule order
 */
public record PlanReplaced(
        String rolloutId,
        String programId,
        String fileName,
        LocalDate goLiveDate,
        LocalDate start,
        LocalDate finish,
        List<String> criticalPath,
        List<PlannedTask> tasks,
        List<String> previousTaskIds,
        List<String> discardedBaselines,
        Instant replacedAt) {

    public static final String TYPE = "org.golive.planning.plan.replaced.v1";
}
