package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * A task's definition changed (title, duration, constraint, deadline, dependencies, effort): a slip pushes its
 * successors, listed in {@code tasksMoved}. Key: rollout id.
 */
public record TaskUpdated(
        String rolloutId,
        PlannedTask task,
        List<TaskMove> tasksMoved,
        List<String> criticalPath,
        Integer criticalPathFloat,
        Instant updatedAt) {

    public static final String TYPE = "org.golive.planning.task.updated.v1";
}
