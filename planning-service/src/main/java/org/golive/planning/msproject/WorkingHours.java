package org.golive.planning.msproject;

import net.sf.mpxj.LocalTimeRange;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectCalendarHours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar's working hours both ways, as Golive keeps them: one set of periods for every working day, written
 * {@code 08:00-12:00,13:00-17:00}, where MS Project keeps hours per weekday and writes midnight as the end of a day as
 * 00:00.
 */
final class WorkingHours {

    static final String STANDARD = "08:00-12:00,13:00-17:00";

    private WorkingHours() {
    }

    /**
     * The hours of the calendar's first working weekday (Monday first), or null when they are the standard ones; a
     * warning names a calendar whose working weekdays differ in their hours.
     */
    static String read(ProjectCalendar calendar, List<String> warnings) {
        String first = null;
        boolean differ = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            String hours = text(calendar.getHours(day));
            if (first == null) {
                first = hours;
            } else if (!first.equals(hours)) {
                differ = true;
            }
        }
        if (differ) {
            warnings.add("calendar '" + calendar.getName() + "': its working days have different hours; every "
                    + "working day is given the hours of the first (" + first + ")");
        }
        return first == null || first.isEmpty() || STANDARD.equals(first) ? null : first;
    }

    /** Whether every working weekday of the calendar has the same hours, the only kind Golive holds faithfully. */
    static boolean uniform(ProjectCalendar calendar) {
        String first = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (calendar.isWorkingDay(day)) {
                String hours = text(calendar.getHours(day));
                if (first != null && !first.equals(hours)) {
                    return false;
                }
                first = hours;
            }
        }
        return true;
    }

    /** Adds the periods of {@code text} (null: the standard ones) to a day's hours. */
    static void write(String text, ProjectCalendarHours hours) {
        for (String period : (text == null ? STANDARD : text).split(",")) {
            String[] ends = period.strip().split("-");
            hours.add(new LocalTimeRange(time(ends[0]), time(ends[1])));
        }
    }

    /** Working minutes in a day of {@code text} (null: the standard 480). */
    static int minutesPerDay(String text) {
        int minutes = 0;
        for (String period : (text == null ? STANDARD : text).split(",")) {
            String[] ends = period.strip().split("-");
            minutes += minuteOfDay(ends[1]) - minuteOfDay(ends[0]);
        }
        return minutes;
    }

    private static String text(ProjectCalendarHours hours) {
        List<String> periods = new ArrayList<>();
        if (hours != null) {
            for (LocalTimeRange range : hours) {
                if (range.getStart() == null || range.getEnd() == null) {
                    continue;
                }
                String end = range.getEnd().equals(LocalTime.MIDNIGHT) ? "24:00" : clock(range.getEnd());
                periods.add(clock(range.getStart()) + "-" + end);
            }
        }
        return String.join(",", periods);
    }

    private static String clock(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    private static LocalTime time(String clock) {
        return "24:00".equals(clock.strip()) ? LocalTime.MIDNIGHT : LocalTime.parse(clock.strip());
    }

    private static int minuteOfDay(String clock) {
        String[] hm = clock.strip().split(":");
        return Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1]);
    }
}
