package org.golive.tracking.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A percent (one decimal) that changes on some days only, kept as its change points: on a day it is the value of the
 * last change on or before it, 0.0 before the first. Small whatever the plan's size: at most one point per day of the
 * plan's span, and one per tenth of a percent.
 */
public final class StepCurve {

    private static final BigDecimal ZERO = BigDecimal.valueOf(0, 1);

    private final int[] days;
    private final int[] tenths;

    /**
     * @param days   the epoch days of the changes, ascending
     * @param tenths the percent from each of those days on, in tenths
     */
    public StepCurve(int[] days, int[] tenths) {
        if (days.length != tenths.length) {
            throw new IllegalArgumentException("A change point is a day and a value: " + days.length + " days, "
                    + tenths.length + " values");
        }
        this.days = days;
        this.tenths = tenths;
    }

    public BigDecimal at(LocalDate date) {
        int found = Arrays.binarySearch(days, Math.toIntExact(date.toEpochDay()));
        int last = found >= 0 ? found : -found - 2;
        return last < 0 ? ZERO : BigDecimal.valueOf(tenths[last], 1);
    }

    public int[] days() {
        return days.clone();
    }

    public int[] tenths() {
        return tenths.clone();
    }

    int points() {
        return days.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StepCurve curve && Arrays.equals(days, curve.days)
                && Arrays.equals(tenths, curve.tenths);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(days) + Arrays.hashCode(tenths);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("StepCurve[");
        for (int i = 0; i < days.length; i++) {
            text.append(i == 0 ? "" : ", ").append(LocalDate.ofEpochDay(days[i])).append('=')
                    .append(BigDecimal.valueOf(tenths[i], 1));
        }
        return text.append(']').toString();
    }
}
