package org.golive.planning.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * MS Project's rule for an effort-driven (fixed-work) task: its duration is its work shared by the units assigned,
 * on its calendar's working time: {@code duration = work / (sum of units x hours per day)}. Two people at 100% halve
 * a task's duration; a half-time one doubles it. The result is kept in whole days when it is a whole number of the
 * calendar's days, else in whole hours or minutes (MS Project shows 2.5 days; a day here is the calendar's working
 * minutes, so 20 hours on an 8-hour day is {@code 20h}). Rounded to the nearest minute.
 */
public final class EffortDriven {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private EffortDriven() {
    }

    /**
     * @param workHours     the task's work, more than 0
     * @param units         the sum of its assignments' units (1 = one full-time resource), more than 0
     * @param minutesPerDay the working minutes of one day of the task's calendar
     */
    public static ScheduleDuration duration(BigDecimal workHours, BigDecimal units, int minutesPerDay) {
        if (workHours.signum() <= 0 || units.signum() <= 0 || minutesPerDay <= 0) {
            throw new IllegalArgumentException("Work, units and the day's working minutes must be more than 0: "
                    + workHours + " h, " + units + " units, " + minutesPerDay + " min/day");
        }
        long minutes = workHours.multiply(MINUTES_PER_HOUR).divide(units, 0, RoundingMode.HALF_UP).longValueExact();
        minutes = Math.max(1, minutes); // some work never takes no time: a milestone has none
        if (minutes % minutesPerDay == 0) {
            return ScheduleDuration.days(minutes / minutesPerDay);
        }
        if (minutes % 60 == 0) {
            return ScheduleDuration.hours(minutes / 60);
        }
        return new ScheduleDuration(minutes, DurationUnit.MINUTES);
    }
}
