package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Progress was recorded on a task: its status, percent complete or actual dates. Actual dates fix a task, so its
 * successors may move: they are listed in {@code tasksMoved}. Key: rollout id.
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
        List<TaskMove> tasksMoved,
        List<String> criticalPath,
        Integer criticalPathFloat,
        Instant changedAt) {

    public static final String TYPE = "org.golive.planning.task.status-changed.v1";
}
