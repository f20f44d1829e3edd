package org.golive.planning.plan;

import org.golive.planning.schedule.WorkCalendar;
import org.golive.planning.schedule.WorkingTimes;
import org.golive.platform.problem.RuleViolationException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A working calendar as stored: working weekdays, their working hours, holidays (e.g. the health system's closure
 * days) and extra working days (a worked weekend). The go-live day is always worked, whatever day it falls on: EHR
 * go-lives are often on a weekend.
 *
 * @param workingTimes the hours of every working day, e.g. {@code 08:00-12:00,13:00-17:00} (see {@link WorkingTimes});
 *                     null for that standard day (calendars stored before it existed)
 */
public record PlanCalendar(Set<DayOfWeek> workingWeekdays, List<LocalDate> holidays, List<LocalDate> extraWorkingDays,
                           String workingTimes) {

    public static final String STANDARD_TIMES = "08:00-12:00,13:00-17:00";

    public static final PlanCalendar MONDAY_TO_FRIDAY = new PlanCalendar(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            List.of(), List.of());

    /** @throws RuleViolationException naming {@code workingTimes} for hours that are not periods in order */
    public PlanCalendar {
        workingWeekdays = Set.copyOf(workingWeekdays);
        holidays = holidays == null ? List.of() : holidays.stream().distinct().sorted().toList();
        extraWorkingDays = extraWorkingDays == null ? List.of()
                : extraWorkingDays.stream().distinct().sorted().toList();
        if (workingTimes != null) {
            try {
                workingTimes = WorkingTimes.parse(workingTimes).toString();
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("workingTimes", e.getMessage());
            }
            workingTimes = STANDARD_TIMES.equals(workingTimes) ? null : workingTimes;
        }
    }

    /** A calendar on the standard working day. */
    public PlanCalendar(Set<DayOfWeek> workingWeekdays, List<LocalDate> holidays, List<LocalDate> extraWorkingDays) {
        this(workingWeekdays, holidays, extraWorkingDays, null);
    }

    /** The working hours of each working day, the standard ones unless set. */
    public String hours() {
        return workingTimes == null ? STANDARD_TIMES : workingTimes;
    }

    public WorkCalendar toWorkCalendar(LocalDate goLive) {
        List<LocalDate> worked = new ArrayList<>(extraWorkingDays);
        worked.add(goLive);
        WorkCalendar calendar = WorkCalendar.of(workingWeekdays,
                holidays.stream().filter(day -> !day.equals(goLive)).toList(), worked);
        return workingTimes == null ? calendar : calendar.withWorkingTimes(WorkingTimes.parse(workingTimes));
    }
}
