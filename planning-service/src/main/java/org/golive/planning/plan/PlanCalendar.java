package org.golive.planning.plan;

import org.golive.planning.schedule.WorkCalendar;
import org.golive.planning.schedule.WorkingTimes;
import org.golive.platform.problem.RuleViolationException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A working calendar as stored: working weekdays, their working hours, holidays (e.g. the health system's closure
 * days) and extra working days (a worked weekend). The go-live day is always worked, whatever day it falls on: EHR
 * go-lives are often on a weekend.
 *
 * @param workingTimes        the hours of every working day without hours of its own, e.g.
 *                            {@code 08:00-12:00,13:00-17:00} (see {@link WorkingTimes}); null for that standard day
 *                            (calendars stored before it existed). Their length is a day of duration, on every day
 *                            (MS Project's "hours per day")
 * @param weekdayWorkingTimes working weekdays with hours of their own (a short Friday, a Saturday morning); empty when
 *                            none (calendars stored before it existed)
 * @param dateWorkingTimes    dates worked in hours of their own (a half day, a worked Saturday's morning), worked
 *                            whatever their weekday and even if listed as holidays; empty when none
 */
public record PlanCalendar(Set<DayOfWeek> workingWeekdays, List<LocalDate> holidays, List<LocalDate> extraWorkingDays,
                           String workingTimes, Map<DayOfWeek, String> weekdayWorkingTimes,
                           Map<LocalDate, String> dateWorkingTimes) {

    public static final String STANDARD_TIMES = "08:00-12:00,13:00-17:00";

    public static final PlanCalendar MONDAY_TO_FRIDAY = new PlanCalendar(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            List.of(), List.of());

    /**
     * @throws RuleViolationException naming {@code workingTimes}, {@code weekdayWorkingTimes} or
     *                                {@code dateWorkingTimes} for hours that are not periods in order, or a weekday
     *                                with hours of its own that is not a working weekday
     */
    public PlanCalendar {
        workingWeekdays = Set.copyOf(workingWeekdays);
        holidays = holidays == null ? List.of() : holidays.stream().distinct().sorted().toList();
        extraWorkingDays = extraWorkingDays == null ? List.of()
                : extraWorkingDays.stream().distinct().sorted().toList();
        if (workingTimes != null) {
            workingTimes = normalized(workingTimes, "workingTimes");
            workingTimes = STANDARD_TIMES.equals(workingTimes) ? null : workingTimes;
        }
        String standard = workingTimes == null ? STANDARD_TIMES : workingTimes;
        Map<DayOfWeek, String> weekdays = new EnumMap<>(DayOfWeek.class);
        if (weekdayWorkingTimes != null) {
            for (Map.Entry<DayOfWeek, String> entry : weekdayWorkingTimes.entrySet()) {
                if (entry.getKey() == null || !workingWeekdays.contains(entry.getKey())) {
                    throw new RuleViolationException("weekdayWorkingTimes", entry.getKey()
                            + " has working times of its own but is not one of the working weekdays");
                }
                String hours = normalized(entry.getValue(), "weekdayWorkingTimes");
                if (!hours.equals(standard)) {
                    weekdays.put(entry.getKey(), hours);
                }
            }
        }
        weekdayWorkingTimes = Collections.unmodifiableMap(weekdays);
        SortedMap<LocalDate, String> dates = new TreeMap<>();
        if (dateWorkingTimes != null) {
            for (Map.Entry<LocalDate, String> entry : dateWorkingTimes.entrySet()) {
                if (entry.getKey() == null) {
                    throw new RuleViolationException("dateWorkingTimes", "A date with working times needs a date");
                }
                dates.put(entry.getKey(), normalized(entry.getValue(), "dateWorkingTimes"));
            }
        }
        dateWorkingTimes = Collections.unmodifiableSortedMap(dates);
    }

    /** A calendar whose working days all have the same hours. */
    public PlanCalendar(Set<DayOfWeek> workingWeekdays, List<LocalDate> holidays, List<LocalDate> extraWorkingDays,
                        String workingTimes) {
        this(workingWeekdays, holidays, extraWorkingDays, workingTimes, Map.of(), Map.of());
    }

    /** A calendar on the standard working day. */
    public PlanCalendar(Set<DayOfWeek> workingWeekdays, List<LocalDate> holidays, List<LocalDate> extraWorkingDays) {
        this(workingWeekdays, holidays, extraWorkingDays, null);
    }

    private static String normalized(String hours, String field) {
        try {
            return WorkingTimes.parse(hours).toString();
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(field, e.getMessage());
        }
    }

    /** The working hours of each working day without hours of its own, the standard ones unless set. */
    public String hours() {
        return workingTimes == null ? STANDARD_TIMES : workingTimes;
    }

    /** The hours a working weekday is worked: its own, or the calendar's. */
    public String hoursOn(DayOfWeek weekday) {
        return weekdayWorkingTimes.getOrDefault(weekday, hours());
    }

    public WorkCalendar toWorkCalendar(LocalDate goLive) {
        List<LocalDate> worked = new ArrayList<>(extraWorkingDays);
        worked.add(goLive);
        return inItsHours(WorkCalendar.of(workingWeekdays,
                holidays.stream().filter(day -> !day.equals(goLive)).toList(), worked), Set.of());
    }

    /**
     * The given days worked in this calendar's hours (its working times, its weekdays' and its dates' own), but for
     * the dates in {@code off}: a resource's vacation, not worked whatever hours the date has.
     */
    public WorkCalendar inItsHours(WorkCalendar days, Set<LocalDate> off) {
        WorkCalendar calendar = days;
        if (workingTimes != null) {
            calendar = calendar.withWorkingTimes(WorkingTimes.parse(workingTimes));
        }
        if (!weekdayWorkingTimes.isEmpty()) {
            Map<DayOfWeek, WorkingTimes> weekdays = new EnumMap<>(DayOfWeek.class);
            weekdayWorkingTimes.forEach((day, hours) -> weekdays.put(day, WorkingTimes.parse(hours)));
            calendar = calendar.withWeekdayTimes(weekdays);
        }
        Map<LocalDate, WorkingTimes> dates = new TreeMap<>();
        dateWorkingTimes.forEach((day, hours) -> {
            if (!off.contains(day)) {
                dates.put(day, WorkingTimes.parse(hours));
            }
        });
        return dates.isEmpty() ? calendar : calendar.withDayTimes(dates);
    }
}
