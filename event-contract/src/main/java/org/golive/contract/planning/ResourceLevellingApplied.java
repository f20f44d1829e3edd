package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * A levelling run reached its end: every rollout's delays written (each rollout's in one write of its plan), except
 * tasks someone changed after the run was recorded, which are listed and left as they were. Key: program id.
 */
public record ResourceLevellingApplied(
        String programId,
        String runId,
        int tasksDelayed,
        List<Refusal> refused,
        Instant appliedAt) {

    public static final String TYPE = "org.golive.planning.resource.levelling-applied.v1";

    /** A task the run did not delay, because it changed after the run was recorded. */
    public record Refusal(String rolloutId, String taskId) {
    }
}
