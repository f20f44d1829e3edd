package org.golive.planning.schedule;

import java.util.function.LongUnaryOperator;

/** Searching a calendar's counts (working days or minutes before a day), which never decrease, for a day. */
final class Bisection {

    private Bisection() {
    }

    /**
     * The last day {@code d} with {@code count(d) <= target}, for a count that never decreases from day to day and
     * grows without bound both ways. The guess brackets the day first (doubling steps of a week), then halves.
     */
    static long lastAtMost(LongUnaryOperator count, long target, long guess) {
        long low = guess;
        for (long step = 7; count.applyAsLong(low) > target; step *= 2) {
            low -= step;
        }
        long high = low + 1;
        for (long step = 7; count.applyAsLong(high) <= target; step *= 2) {
            low = high;
            high += step;
        }
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (count.applyAsLong(middle) <= target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
