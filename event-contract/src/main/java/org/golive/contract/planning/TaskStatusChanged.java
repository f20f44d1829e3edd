package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Progress was recorded on a task: its status, percent complete or actual dates. Key: rollout id.
 *
 * @param previousStatus NOT_STARTED, IN_PROGRESS or DONE
 * @param status         NOT_STARTED, IN_PROGRESS or DONE
 */
public record TaskStatusChanged(
        String rolloutId,
        String taskId,
        String previousStatus,
        String status,
        int percentComplete,
        LocalDate actualStart,
        LocalDate actualFinish,
        Instant changedAt) {

    public static final String TYPE = "org.golive.planning.task.status-changed.v1";
}
