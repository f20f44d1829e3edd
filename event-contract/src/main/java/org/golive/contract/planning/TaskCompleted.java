package org.golive.contract.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A task was finished. Key: rollout id. Carries the effort so earned value can be computed without calling back. */
public record TaskCompleted(
        String rolloutId,
        String taskId,
        String title,
        boolean milestone,
        LocalDate actualStart,
        LocalDate actualFinish,
        BigDecimal effortHours,
        String readinessCriterion,
        Instant completedAt) {

    public static final String TYPE = "org.golive.planning.task.completed.v1";
}
