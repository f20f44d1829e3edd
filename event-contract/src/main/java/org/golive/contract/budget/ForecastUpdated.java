package org.golive.contract.budget;

import java.time.Instant;
import java.util.List;

/**
 * A budget's estimate at completion changed (spend was booked or the budget changed). Key: rollout id.
 *
 * @param estimateAtCompletion actual + the larger of what is still open on commitments and what is still planned
 * @param variance             approved minus the estimate: negative is a forecast overrun
 */
public record ForecastUpdated(String budgetId, String rolloutId, String currency, String approved,
                              String estimateAtCompletion, String variance, List<CategoryForecast> categories,
                              Instant updatedAt) {

    public static final String TYPE = "org.golive.budget.forecast.updated.v1";

    public record CategoryForecast(String category, String approved, String estimateAtCompletion, String variance) {
    }
}
