package org.golive.planning.resource;

/**
 * An assignment's hours (in {@link Hours}' hundredths) on each working day of its task. Units ask
 * {@link Hours#UNIT_DAY} per unit on a standard day of the site's calendar, and on a day worked shorter or longer
 * (a 4-hour Friday, a half day) in proportion to its minutes: on the standard 8-hour day that is MS Project's units x
 * working time. Effort is spread in proportion to each day's minutes (evenly over standard days), the hundredths left
 * over going to the first days, so the days add up to the effort exactly. One rule for the capacity view, levelling
 * and labour cost.
 */
final class DailyHours {

    private final long perDay;
    private final long odd;
    /** The minutes of each of the task's working days; null when they are all standard days. */
    private final int[] lengths;
    private final boolean units;
    /** Units: hundredths on a standard day; effort: hundredths in all. */
    private final long amount;
    /** Units: the standard day's minutes; effort: the minutes of all the task's working days. */
    private final long minutes;

    private DailyHours(long perDay, long odd, int[] lengths, boolean units, long amount, long minutes) {
        this.perDay = perDay;
        this.odd = odd;
        this.lengths = lengths;
        this.units = units;
        this.amount = amount;
        this.minutes = minutes;
    }

    /** Over {@code workingDays} standard days. */
    static DailyHours of(Assignment assignment, int workingDays) {
        if (assignment.units() != null) {
            return new DailyHours(unitDay(assignment), 0, null, true, 0, 0);
        }
        long total = Hours.of(assignment.effortHours());
        return new DailyHours(total / workingDays, total % workingDays, null, false, 0, 0);
    }

    /**
     * Over working days of the given lengths (minutes, each more than 0); {@code lengths} null: all standard days,
     * {@code count} of them.
     */
    static DailyHours of(Assignment assignment, int[] lengths, int count, int standardMinutes) {
        if (lengths == null) {
            return of(assignment, count);
        }
        if (assignment.units() != null) {
            return new DailyHours(0, 0, lengths, true, unitDay(assignment), standardMinutes);
        }
        long total = Hours.of(assignment.effortHours());
        long all = 0;
        for (int length : lengths) {
            all += length;
        }
        long spread = 0;
        for (int length : lengths) {
            spread += total * length / all;
        }
        return new DailyHours(0, total - spread, lengths, false, total, all);
    }

    private static long unitDay(Assignment assignment) {
        return Hours.of(assignment.units().multiply(Hours.decimal(Hours.UNIT_DAY)));
    }

    /** The hours on the task's {@code nth} working day (0 first). */
    long on(int nth) {
        if (lengths == null) {
            return perDay + (nth < odd ? 1 : 0);
        }
        if (units) {
            return (amount * lengths[nth] + minutes / 2) / minutes;
        }
        return amount * lengths[nth] / minutes + (nth < odd ? 1 : 0);
    }
}
