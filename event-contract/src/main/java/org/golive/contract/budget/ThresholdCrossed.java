package org.golive.contract.budget;

import java.time.Instant;

/**
 * Spend on a site budget (actuals plus what is still open on its commitments) passed a share of what was approved,
 * in total or in one category. Raised once per crossing, not on every transaction. Key: rollout id.
 *
 * @param scope            TOTAL or CATEGORY
 * @param category         the category for a CATEGORY crossing, else null
 * @param thresholdPercent e.g. 90 or 100
 */
public record ThresholdCrossed(String budgetId, String rolloutId, String programId, String scope, String category,
                               int thresholdPercent, String currency, String approved, String actual,
                               String openCommitments, String exposure, Instant crossedAt) {

    public static final String TYPE = "org.golive.budget.threshold.crossed.v1";
}
