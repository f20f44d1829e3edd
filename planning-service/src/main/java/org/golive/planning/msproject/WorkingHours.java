package org.golive.planning.msproject;

import net.sf.mpxj.LocalTimeRange;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectCalendarHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar's working hours both ways, as Golive keeps them: one set of periods for the working days, written
 * {@code 08:00-12:00,13:00-17:00}, and the weekdays and dates with hours of their own, where MS Project keeps hours
 * per weekday and writes midnight as the end of a day as 00:00.
 */
final class WorkingHours {

    static final String STANDARD = "08:00-12:00,13:00-17:00";

    private WorkingHours() {
    }

    /**
     * A calendar's hours by weekday, as Golive keeps them: one set for the working days ({@code standard}, null
     * when it is the standard day) and the working weekdays whose hours differ ({@code own}).
     */
    record WeekHours(String standard, Map<DayOfWeek, String> own) {
    }

    /**
     * The working hours of each working weekday. The set every other day is measured against is the one whose length
     * is the file's minutes per day (MS Project's "hours per day", which a day of duration means on every calendar),
     * the most frequent of those, Monday's first on a tie; without such a day, the most frequent set.
     */
    static WeekHours read(ProjectCalendar calendar) {
        Map<DayOfWeek, String> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (calendar.isWorkingDay(day)) {
                byDay.put(day, text(calendar.getHours(day)));
            }
        }
        Integer fileDay = calendar.getParentFile() == null ? null
                : calendar.getParentFile().getProjectProperties().getMinutesPerDay();
        Map<String, Integer> frequency = new LinkedHashMap<>();
        byDay.values().forEach(hours -> frequency.merge(hours, 1, Integer::sum));
        String standard = null;
        int best = -1;
        for (Map.Entry<String, Integer> entry : frequency.entrySet()) {
            boolean dayLong = fileDay != null && !entry.getKey().isEmpty() && minutesPerDay(entry.getKey()) == fileDay;
            int score = entry.getValue() + (dayLong ? 8 : 0);
            if (score > best) {
                best = score;
                standard = entry.getKey();
            }
        }
        Map<DayOfWeek, String> own = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, String> entry : byDay.entrySet()) {
            if (!entry.getValue().equals(standard) && !entry.getValue().isEmpty()) {
                own.put(entry.getKey(), entry.getValue());
            }
        }
        return new WeekHours(standard == null || standard.isEmpty() || STANDARD.equals(standard) ? null : standard,
                own);
    }

    /** The hours worked on a date as {@code HH:MM-HH:MM,...}, empty when it is not worked. */
    static String on(ProjectCalendar calendar, LocalDate date) {
        return calendar.isWorkingDate(date) ? text(calendar.getHours(date)) : "";
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
