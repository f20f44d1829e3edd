package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * A scenario's promotion reached its end: every rollout's go-live moved (each in one write of its plan), except
 * rollouts someone changed after the promotion was recorded, which are listed and left as they were. Key: program id.
 */
public record ScenarioPromoted(
        String programId,
        String scenarioId,
        int rolloutsMoved,
        List<String> refusedRolloutIds,
        Instant promotedAt) {

    public static final String TYPE = "org.golive.planning.scenario.promoted.v1";
}
