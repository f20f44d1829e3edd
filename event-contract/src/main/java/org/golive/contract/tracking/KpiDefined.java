package org.golive.contract.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The PMO defined a KPI of one of the program's strategic goals, or changed its definition: what is measured, which
 * way is better, the program's baseline and the target with its date. Key: program id.
 *
 * @param goalId    the program's strategic goal the KPI measures (planning's goal id)
 * @param direction HIGHER_IS_BETTER or LOWER_IS_BETTER
 * @param baseline  an exact decimal string
 * @param target    an exact decimal string
 * @param currency  the ISO 4217 code of a KPI that is an amount per month (a realized benefit); null otherwise
 */
public record KpiDefined(
        String programId,
        String goalId,
        String kpiId,
        String name,
        String unit,
        String direction,
        String baseline,
        String target,
        LocalDate targetDate,
        String currency,
        String definedBy,
        Instant definedAt) {

    public static final String TYPE = "org.golive.tracking.kpi.defined.v1";
}
