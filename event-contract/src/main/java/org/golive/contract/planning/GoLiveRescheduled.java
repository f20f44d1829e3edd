package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A site's go-live date moved; every task not yet done was rescheduled with it. Key: rollout id.
 *
 * @param tasksMoved   the tasks whose dates changed (empty when the site has no plan yet)
 * @param criticalPath the critical tasks after the move, in schedule order
 */
public record GoLiveRescheduled(
        String rolloutId,
        String programId,
        LocalDate previousGoLiveDate,
        LocalDate goLiveDate,
        String reason,
        List<TaskMove> tasksMoved,
        List<String> criticalPath,
        Integer criticalPathFloat,
        LocalDate planFinish,
        Instant rescheduledAt) {

    public static final String TYPE = "org.golive.planning.go-live.rescheduled.v1";
}
