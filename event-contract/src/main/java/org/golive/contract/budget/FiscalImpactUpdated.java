package org.golive.contract.budget;

import java.time.Instant;

/**
 * A site's fiscal plan was set or changed, with the long-term fiscal impact read from it. Amounts are exact decimal
 * strings in the currency; what the plan's horizon cannot tell is null. Key: rollout id.
 *
 * @param waveId                 null when the rollout is in no wave
 * @param discountRate           a fraction: "0.08" for 8 percent
 * @param horizonYears           N, the years after go-live the plan covers (1 to 15)
 * @param implementationCost     the one-time cost at go-live (year 0)
 * @param tco1                   total cost of ownership over 1 year: implementation plus year 1's recurring costs
 * @param tco5                   the same over 5 years; null when the horizon is shorter
 * @param tco7                   the same over 7 years; null when the horizon is shorter
 * @param npv                    net present value over the horizon at the discount rate
 * @param roi                    (benefits - costs) / costs over the horizon, a ratio to 4 decimals ("0.2500");
 *                               null when nothing costs anything
 * @param paybackYears           years until the cumulative net turns non-negative, to 2 decimals; null when not
 *                               within the horizon
 * @param discountedPaybackYears the same on discounted flows; null when not within the horizon
 */
public record FiscalImpactUpdated(String rolloutId, String programId, String waveId, String currency,
                                  String discountRate, int horizonYears, String implementationCost, String tco1,
                                  String tco5, String tco7, String npv, String roi, String paybackYears,
                                  String discountedPaybackYears, String updatedBy, Instant updatedAt) {

    public static final String TYPE = "org.golive.budget.fiscal-impact.updated.v1";
}
