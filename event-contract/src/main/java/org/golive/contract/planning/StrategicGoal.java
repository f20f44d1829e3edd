package org.golive.contract.planning;

import java.math.BigDecimal;

/**
 * A strategic goal of a program and the KPI that measures it, e.g. CLINICAL "Fewer medication errors", KPI
 * "Medication administration errors per 1,000 doses", baseline 4.2, target 1.5.
 *
 * @param category CLINICAL, OPERATIONAL or FINANCIAL
 */
public record StrategicGoal(String goalId, String category, String statement, String kpi, BigDecimal baselineValue,
                            BigDecimal targetValue, String unit) {
}
