package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * A levelling run reached its end: every rollout's go-live move and delays written (each rollout's delays in one write
 * of its plan), except tasks someone changed after the run was recorded, which are listed and left as they were, and
 * rollouts changed since, whose go-live and tasks were left as they were. Key: program id.
 *
 * @param goLivesMoved   go-lives the run moved (null in events of before levelling beyond float)
 * @param goLivesRefused rollouts whose go-live the run did not move because they changed meanwhile (null: before)
 */
public record ResourceLevellingApplied(
        String programId,
        String runId,
        int tasksDelayed,
        List<Refusal> refused,
        Integer goLivesMoved,
        List<String> goLivesRefused,
        Instant appliedAt) {

    public static final String TYPE = "org.golive.planning.resource.levelling-applied.v1";

    /** A task the run did not delay, because it changed after the run was recorded. */
    public record Refusal(String rolloutId, String taskId) {
    }
}
