package org.golive.planning.resource;

/**
 * An assignment's hours (in {@link Hours}' hundredths) on each working day of its task: units give the same hours
 * every day; effort is spread evenly, the hundredths left over going to the first days, so the days add up to the
 * effort exactly. One rule for the capacity view, levelling and labour cost.
 */
record DailyHours(long perDay, long odd) {

    static DailyHours of(Assignment assignment, int workingDays) {
        if (assignment.units() != null) {
            return new DailyHours(Hours.of(assignment.units().multiply(Hours.decimal(Hours.UNIT_DAY))), 0);
        }
        long total = Hours.of(assignment.effortHours());
        return new DailyHours(total / workingDays, total % workingDays);
    }

    /** The hours on the task's {@code nth} working day (0 first). */
    long on(int nth) {
        return perDay + (nth < odd ? 1 : 0);
    }
}
