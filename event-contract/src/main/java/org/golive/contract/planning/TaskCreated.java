package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/** A task was added to a site's plan. Key: rollout id. Adding it may have moved other tasks. */
public record TaskCreated(
        String rolloutId,
        PlannedTask task,
        List<TaskMove> tasksMoved,
        List<String> criticalPath,
        Integer criticalPathFloat,
        Instant createdAt) {

    public static final String TYPE = "org.golive.planning.task.created.v1";
}
