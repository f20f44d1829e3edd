package org.golive.contract.budget;

import java.time.Instant;
import java.util.List;

/**
 * A site's fiscal plan was set or changed: the benefits the business case assumes for each year after go-live, what
 * the realized benefits are held against (tracking's benefits realization). Published beside
 * {@link FiscalImpactUpdated}, which carries only the plan's summary figures. Amounts are exact decimal strings in the
 * currency. Key: rollout id.
 *
 * @param waveId       null when the rollout is in no wave
 * @param horizonYears N, the years after go-live the plan covers (1 to 15); {@code years} has one entry for each
 * @param years        year 1 is the go-live month and the eleven after it, year 2 the twelve after those, ...
 */
public record AssumedBenefitsUpdated(String rolloutId, String programId, String waveId, String currency,
                                     int horizonYears, List<AssumedBenefitYear> years, String total,
                                     String updatedBy, Instant updatedAt) {

    public static final String TYPE = "org.golive.budget.assumed-benefits.updated.v1";

    /**
     * The benefits assumed for one year after go-live, by kind (zero when the plan gives the kind none).
     *
     * @param total the year's benefits of every kind
     */
    public record AssumedBenefitYear(int year, String savings, String revenue, String avoidedCosts, String other,
                                     String total) {
    }
}
