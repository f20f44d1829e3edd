package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone's forecast moved past its date in the latest baseline (or further past it). Key: rollout id.
 *
 * @param slipDays working days between the baseline date and the forecast
 */
public record MilestoneSlipped(
        String rolloutId,
        String taskId,
        String title,
        String baselineName,
        LocalDate baselineDate,
        LocalDate previousForecast,
        LocalDate forecast,
        int slipDays,
        String accountable,
        Instant detectedAt) {

    public static final String TYPE = "org.golive.planning.milestone.slipped.v1";
}
