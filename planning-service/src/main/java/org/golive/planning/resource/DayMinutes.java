package org.golive.planning.resource;

import org.golive.planning.schedule.WorkCalendar;
import org.golive.planning.schedule.WorkingTimes;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How long a calendar works on a day, in minutes: the date's own hours (a half day), else its weekday's (a short
 * Friday), else the calendar's. Where hours are the unit (demand, capacity, labour cost) a day counts by this length
 * against the calendar's standard day, as MS Project spreads work over the working time.
 */
final class DayMinutes {

    private DayMinutes() {
    }

    /** The minutes worked on {@code day}, 0 when it is not worked. */
    static int on(WorkCalendar calendar, LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return 0;
        }
        WorkingTimes own = calendar.dayTimes().get(day);
        return (own != null ? own : timesOf(calendar, day.getDayOfWeek())).minutesPerDay();
    }

    /** The minutes of each of {@code days} days from {@code first}; null when every working day is a standard one. */
    static int[] over(WorkCalendar calendar, LocalDate first, int days) {
        if (calendar.uniformDays()) {
            return null;
        }
        int[] minutes = new int[days];
        for (int day = 0; day < days; day++) {
            minutes[day] = on(calendar, first.plusDays(day));
        }
        return minutes;
    }

    /** The minutes of a week with every working weekday worked in its hours and no date of its own. */
    static long standardWeek(WorkCalendar calendar) {
        long minutes = 0;
        for (DayOfWeek weekday : calendar.workingWeekdays()) {
            minutes += timesOf(calendar, weekday).minutesPerDay();
        }
        return minutes;
    }

    private static WorkingTimes timesOf(WorkCalendar calendar, DayOfWeek weekday) {
        return calendar.weekdayTimes().getOrDefault(weekday, calendar.workingTimes());
    }
}
