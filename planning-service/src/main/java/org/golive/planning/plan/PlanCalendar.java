package org.golive.planning.plan;

import org.golive.planning.schedule.WorkCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The site's working calendar as stored: working weekdays, holidays (e.g. the health system's closure days) and extra
 * working days (a worked weekend). The go-live day is always worked, whatever day it falls on: EHR go-lives are
 * often on a weekend.
 */
public record PlanCalendar(Set<DayOfWeek> workingWeekdays, List<LocalDate> holidays, List<LocalDate> extraWorkingDays) {

    public static final PlanCalendar MONDAY_TO_FRIDAY = new PlanCalendar(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            List.of(), List.of());

    public PlanCalendar {
        workingWeekdays = Set.copyOf(workingWeekdays);
        holidays = holidays == null ? List.of() : holidays.stream().distinct().sorted().toList();
        extraWorkingDays = extraWorkingDays == null ? List.of()
                : extraWorkingDays.stream().distinct().sorted().toList();
    }

    public WorkCalendar toWorkCalendar(LocalDate goLive) {
        List<LocalDate> worked = new ArrayList<>(extraWorkingDays);
        worked.add(goLive);
        return WorkCalendar.of(workingWeekdays, holidays.stream().filter(day -> !day.equals(goLive)).toList(),
                worked);
    }
}
