package org.golive.planning.program;

import java.math.BigDecimal;

/**
 * What the program is for, in measurable terms: a clinical, operational or financial goal with the KPI that tells
 * whether it was reached, its value before the EHR and the value aimed at. Rollouts link to the goals they serve.
 */
public record StrategicGoal(String id, Category category, String statement, String kpi, BigDecimal baselineValue,
                            BigDecimal targetValue, String unit) {

    public enum Category { CLINICAL, OPERATIONAL, FINANCIAL }

    org.golive.contract.planning.StrategicGoal toContract() {
        return new org.golive.contract.planning.StrategicGoal(id, category.name(), statement, kpi, baselineValue,
                targetValue, unit);
    }
}
