package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * A task's RACI changed. Each party is a user name, a stakeholder id or a role name. Key: rollout id.
 *
 * @param accountable exactly one party answers for the task
 */
public record AssignmentChanged(
        String rolloutId,
        String taskId,
        List<String> responsible,
        String accountable,
        List<String> consulted,
        List<String> informed,
        Instant changedAt) {

    public static final String TYPE = "org.golive.planning.task.assignment-changed.v1";
}
