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
        return task.done() ? BigDecimal.ONE
                : BigDecimal.valueOf(task.percentComplete()).divide(BigDecimal.valueOf(100), MathContext.DECIMAL128);
    }
}
