package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * The PMO promoted a scenario to the plan: the promotion is recorded with its go-live moves before any rollout is
 * written; each move follows as that rollout's own {@code go-live.rescheduled} event, and
 * {@link ScenarioPromoted} closes it. Key: program id.
 */
public record ScenarioPromotionStarted(
        String programId,
        String scenarioId,
        List<ScenarioCreated.GoLiveMove> moves,
        Instant startedAt) {

    public static final String TYPE = "org.golive.planning.scenario.promotion-started.v1";
}
