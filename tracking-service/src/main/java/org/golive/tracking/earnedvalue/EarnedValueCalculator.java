package org.golive.tracking.earnedvalue;

import org.golive.tracking.status.PlannedProgress;
import org.golive.tracking.status.TrackedPlan;
import org.golive.tracking.status.TrackedTask;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * A rollout's measures: the budget at completion spread over the plan's tasks by their weight (effort, else
 * duration); a task's planned value is its share times the part of it the baseline planned done by the status date,
 * its earned value its share times its percent complete; actual cost is what was booked up to the status date.
 */
final class EarnedValueCalculator {

    private EarnedValueCalculator() {
    }

    static Measures measures(TrackedPlan plan, RolloutCosts costs, LocalDate on) {
        return measures(plan, costs, on, costs.budgetAtCompletion());
    }

    /** With {@code bac} the plan's total weight, the measures are in hours (or days) instead of money. */
    static Measures measures(TrackedPlan plan, RolloutCosts costs, LocalDate on, BigDecimal bac) {
        BigDecimal totalWeight = plan.totalWeight();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
        for (TrackedTask task : plan.tasks()) {
            BigDecimal weight = plan.weight(task);
            planned = planned.add(weight.multiply(PlannedProgress.fraction(task, on)));
            earned = earned.add(weight.multiply(PlannedProgress.done(task)));
        }
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal ev = BigDecimal.ZERO;
        if (totalWeight.signum() > 0) {
            pv = bac.multiply(planned).divide(totalWeight, MathContext.DECIMAL128);
            ev = bac.multiply(earned).divide(totalWeight, MathContext.DECIMAL128);
        }
        return new Measures(costs.currency(), bac, pv, ev, costs.actualCost(on), 1);
    }
}
