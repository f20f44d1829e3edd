package org.golive.planning.msproject;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A working calendar as concrete dates: the working weekdays, the dates that are not worked although their weekday is
 * ({@code holidays}) and the dates that are worked although their weekday is not ({@code extraWorkingDays}).
 * Recurring exceptions of the source calendar are expanded over a bounded range of dates (see {@link MspdiReader}).
 *
 * @param workingTimes        the hours of each working day without hours of its own as periods, e.g.
 *                            {@code 08:00-12:00,13:00-17:00} (24:00 ends a period at midnight); null for that standard
 *                            day. Their length is a day of duration
 * @param weekdayWorkingTimes working weekdays with hours of their own (a short Friday)
 * @param dateWorkingTimes    dates worked in hours of their own (an exception with working times)
 */
public record ImportedCalendar(String name, Set<DayOfWeek> workingWeekdays, SortedSet<LocalDate> holidays,
                               SortedSet<LocalDate> extraWorkingDays, String workingTimes,
                               Map<DayOfWeek, String> weekdayWorkingTimes,
                               SortedMap<LocalDate, String> dateWorkingTimes) {

    /** A calendar whose working days all have the same hours. */
    public ImportedCalendar(String name, Set<DayOfWeek> workingWeekdays, SortedSet<LocalDate> holidays,
                            SortedSet<LocalDate> extraWorkingDays, String workingTimes) {
        this(name, workingWeekdays, holidays, extraWorkingDays, workingTimes, Map.of(), new TreeMap<>());
    }

    /** A calendar on the standard working day, 08:00-12:00 and 13:00-17:00. */
    public ImportedCalendar(String name, Set<DayOfWeek> workingWeekdays, SortedSet<LocalDate> holidays,
                            SortedSet<LocalDate> extraWorkingDays) {
        this(name, workingWeekdays, holidays, extraWorkingDays, null);
    }

    public ImportedCalendar {
        workingWeekdays = Collections.unmodifiableSet(workingWeekdays.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workingWeekdays));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        extraWorkingDays = Collections.unmodifiableSortedSet(new TreeSet<>(extraWorkingDays));
        Map<DayOfWeek, String> weekdays = new EnumMap<>(DayOfWeek.class);
        weekdays.putAll(weekdayWorkingTimes == null ? Map.of() : weekdayWorkingTimes);
        weekdayWorkingTimes = Collections.unmodifiableMap(weekdays);
        dateWorkingTimes = Collections.unmodifiableSortedMap(
                dateWorkingTimes == null ? new TreeMap<>() : new TreeMap<>(dateWorkingTimes));
    }

    /** The hours a working weekday is worked: its own, or the calendar's (null: the standard ones). */
    public String hoursOn(DayOfWeek weekday) {
        return weekdayWorkingTimes.getOrDefault(weekday, workingTimes);
    }

    /** Whether work happens on {@code date} in this calendar. */
    public boolean isWorkingDay(LocalDate date) {
        if (extraWorkingDays.contains(date) || dateWorkingTimes.containsKey(date)) {
            return true;
        }
        return workingWeekdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }
}
