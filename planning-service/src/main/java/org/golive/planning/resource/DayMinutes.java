package org.golive.planning.resource;

import org.golive.planning.schedule.WorkCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How long a calendar works over a stretch of days and in a standard week, in minutes, from each day's length as the
 * calendar gives it ({@link WorkCalendar#minutesWorkedOn}: a half day, a short Friday). Where hours are the unit (demand, capacity, labour cost) a day counts by this length
 * against the calendar's standard day, as MS Project spreads work over the working time.
 */
final class DayMinutes {

    private DayMinutes() {
    }

    /** The minutes of each of {@code days} days from {@code first}; null when every working day is a standard one. */
    static int[] over(WorkCalendar calendar, LocalDate first, int days) {
        if (calendar.uniformDays()) {
            return null;
        }
        int[] minutes = new int[days];
        for (int day = 0; day < days; day++) {
            minutes[day] = calendar.minutesWorkedOn(first.plusDays(day));
        }
        return minutes;
    }

    /** The minutes of a week with every working weekday worked in its hours and no date of its own. */
    static long standardWeek(WorkCalendar calendar) {
        long minutes = 0;
        for (DayOfWeek weekday : calendar.workingWeekdays()) {
            minutes += calendar.weekdayTimes().getOrDefault(weekday, calendar.workingTimes()).minutesPerDay();
        }
        return minutes;
    }
}
