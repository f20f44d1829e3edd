package org.golive.tracking.benefits;

import org.golive.platform.problem.RuleViolationException;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What a KPI aims at: from the program's baseline to the target by the target month, in the direction that is better.
 *
 * @param targetMonth the month the target is to be reached in (the target date's month)
 */
public record KpiTarget(Direction direction, BigDecimal baseline, BigDecimal target, YearMonth targetMonth) {

    /** @throws RuleViolationException when the target is no improvement on the baseline */
    public KpiTarget {
        if (direction.improvement(baseline, target).signum() <= 0) {
            throw new RuleViolationException("target", "The target (" + target.toPlainString() + ") must be better"
                    + " than the baseline (" + baseline.toPlainString() + ") where "
                    + (direction == Direction.HIGHER_IS_BETTER ? "higher" : "lower") + " is better");
        }
    }
}
