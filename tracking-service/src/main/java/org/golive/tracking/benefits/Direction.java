package org.golive.tracking.benefits;

import java.math.BigDecimal;

/** Which way a KPI improves: fewer medication errors, more same-day closed encounters. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** The improvement from {@code from} to {@code to}: positive when {@code to} is better. */
    BigDecimal improvement(BigDecimal from, BigDecimal to) {
        BigDecimal change = to.subtract(from);
        return this == HIGHER_IS_BETTER ? change : change.negate();
    }

    /** True when {@code value} is at {@code target} or better. */
    boolean meets(BigDecimal value, BigDecimal target) {
        return improvement(target, value).signum() >= 0;
    }
}
