package org.golive.planning.plan;

import org.golive.planning.schedule.WorkCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The site's working calendar as stored: working weekdays and holidays (e.g. the health system's closure days). The
 * go-live day is always worked, whatever day it falls on: EHR go-lives are often on a weekend.
 */
public record PlanCalendar(Set<DayOfWeek> workingWeekdays, List<LocalDate> holidays) {

    public static final PlanCalendar MONDAY_TO_FRIDAY = new PlanCalendar(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            List.of());

    public PlanCalendar {
        workingWeekdays = Set.copyOf(workingWeekdays);
        holidays = holidays.stream().distinct().sorted().toList();
    }

    public WorkCalendar toWorkCalendar(LocalDate goLive) {
        return WorkCalendar.of(workingWeekdays, holidays.stream().filter(day -> !day.equals(goLive)).toList(),
                List.of(goLive));
    }
}
