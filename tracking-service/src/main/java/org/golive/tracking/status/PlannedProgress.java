package org.golive.tracking.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * How much of a task the baseline planned to be done on a date: nothing before its planned start, all of it after
 * its planned finish, and in between in proportion to the working days elapsed (the status date included). A
 * milestone is planned whole on its date. This is the planned-value curve of earned value and the burn-up's plan.
 */
public final class PlannedProgress {

    /**
     * The shares of 0 to 100 percent, worked out once, as {@link #share} gives them (same value, same scale): a
     * judgement asks a task's share several times (percent complete, earned value, the burn-up), for every task.
     */
    private static final BigDecimal[] DONE = new BigDecimal[101];

    static {
        for (int percent = 0; percent < DONE.length; percent++) {
            DONE[percent] = share(percent);
        }
    }

    private PlannedProgress() {
    }

    public static BigDecimal fraction(TrackedTask task, LocalDate on) {
        LocalDate start = task.plannedStart();
        LocalDate finish = task.plannedFinish();
        if (!on.isBefore(finish)) {
            return BigDecimal.ONE;
        }
        if (on.isBefore(start) || task.milestone()) {
            return BigDecimal.ZERO;
        }
        long span = WorkingDays.inclusive(start, finish);
        if (span == 0) {
            return BigDecimal.ZERO; // a span of weekend days only, not reached yet
        }
        long elapsed = WorkingDays.inclusive(start, on);
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(span), MathContext.DECIMAL128);
    }

    /** Share of the task that is done: its percent complete, as a fraction. */
    public static BigDecimal done(TrackedTask task) {
        if (task.done()) {
            return BigDecimal.ONE;
        }
        int percent = task.percentComplete();
        return percent >= 0 && percent < DONE.length ? DONE[percent] : share(percent);
    }

    private static BigDecimal share(int percent) {
        return BigDecimal.valueOf(percent).divide(BigDecimal.valueOf(100), MathContext.DECIMAL128);
    }
}
