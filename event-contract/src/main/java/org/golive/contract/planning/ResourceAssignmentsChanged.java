package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * The resources assigned to a task of a site plan changed; carries the task's whole list (empty: none left).
 * Key: rollout id.
 */
public record ResourceAssignmentsChanged(
        String rolloutId,
        String programId,
        String taskId,
        List<Assignment> assignments,
        Instant changedAt) {

    public static final String TYPE = "org.golive.planning.resource.assignments-changed.v1";

    /**
     * One resource on the task: either {@code units} (1 = one full-time person for every working day of the task,
     * "0.5" half of one) or {@code effortHours} spread evenly over the task's working days; exact decimals as strings.
     */
    public record Assignment(String resourceId, String units, String effortHours) {
    }
}
