package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The PMO saved a what-if scenario for a program: go-live moves of some rollouts (a wave's sites, or single ones),
 * computed against the real plans without changing them. Key: program id.
 *
 * @param overAllocationsAppearing resource-weeks over capacity in the scenario that are not in the plan
 * @param overAllocationsDisappearing resource-weeks over capacity in the plan that are not in the scenario
 * @param labourCostDifference the moved rollouts' labour cost in the scenario less in the plan (currency decimals)
 */
public record ScenarioCreated(
        String programId,
        String scenarioId,
        String name,
        String fingerprint,
        List<GoLiveMove> moves,
        int overAllocationsAppearing,
        int overAllocationsDisappearing,
        String currency,
        String labourCostDifference,
        Instant createdAt) {

    public static final String TYPE = "org.golive.planning.scenario.created.v1";

    /** A rollout's go-live date as the scenario moves it. */
    public record GoLiveMove(String rolloutId, LocalDate fromGoLiveDate, LocalDate toGoLiveDate) {
    }
}
