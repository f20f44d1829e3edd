package org.golive.planning.plan;

import org.golive.contract.planning.CalendarChanged;
import org.golive.contract.planning.MilestoneSlipped;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.TaskMove;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Translates the plan into the published contract's shapes. */
public final class PlanEvents {

    private PlanEvents() {
    }

    /** One of the site's calendars as set ({@code fileName} null when set by hand), with what moved with it. */
    public static CalendarChanged calendarChanged(String rolloutId, String name, PlanCalendar calendar,
                                                  String fileName, List<TaskMove> moved, SitePlan plan,
                                                  Instant now) {
        Map<String, String> weekdays = new LinkedHashMap<>();
        calendar.weekdayWorkingTimes().forEach((day, hours) -> weekdays.put(day.name(), hours));
        Map<String, String> dates = new LinkedHashMap<>();
        calendar.dateWorkingTimes().forEach((day, hours) -> dates.put(day.toString(), hours));
        return new CalendarChanged(rolloutId, name,
                calendar.workingWeekdays().stream().sorted().map(Enum::name).toList(), calendar.hours(),
                calendar.holidays(), calendar.extraWorkingDays(), weekdays, dates, fileName, moved,
                plan.criticalPath(), plan.criticalPathFloat(), plan.finish(), now);
    }

    /** The calendar a {@link CalendarChanged} event carries, with its weekdays' and dates' own hours if any. */
    public static PlanCalendar calendar(CalendarChanged changed) {
        Map<DayOfWeek, String> weekdays = new EnumMap<>(DayOfWeek.class);
        if (changed.weekdayWorkingTimes() != null) {
            changed.weekdayWorkingTimes().forEach((day, hours) -> weekdays.put(DayOfWeek.valueOf(day), hours));
        }
        Map<LocalDate, String> dates = new TreeMap<>();
        if (changed.dateWorkingTimes() != null) {
            changed.dateWorkingTimes().forEach((day, hours) -> dates.put(LocalDate.parse(day), hours));
        }
        return new PlanCalendar(changed.workingWeekdays().stream().map(DayOfWeek::valueOf)
                .collect(Collectors.toSet()), changed.holidays(), changed.extraWorkingDays(), changed.workingTimes(),
                weekdays, dates);
    }

    public static PlannedTask planned(PlanTask task, LocalDate goLive) {
        TaskDefinition definition = task.definition();
        ScheduledDates dates = task.scheduled();
        return new PlannedTask(task.id(), definition.wbs(), definition.phase(), definition.title(), dates.start(),
                dates.finish(), definition.durationDays(), definition.milestone(), dates.critical(),
                dates.totalFloat(), definition.deadline(goLive), task.status().name(), task.percentComplete(), task.actualStart(),
                task.actualFinish(), definition.effortHours(), definition.readinessCriterion(),
                definition.raci().accountable(), definition.raci().responsible(),
                definition.dependencies().stream()
                        .map(d -> new PlannedTask.TaskLink(d.taskId(), d.type().name(), d.lagDays())).toList(),
                definition.duration(), definition.durationMinutes());
    }

    public static List<PlannedTask> planned(SitePlan plan, LocalDate goLive) {
        return plan.tasks().stream().map(task -> planned(task, goLive)).toList();
    }

    public static List<TaskMove> moves(Rescheduled rescheduled) {
        return rescheduled.moved().stream().map(m -> new TaskMove(m.taskId(), m.previousStart(), m.previousFinish(),
                m.start(), m.finish())).toList();
    }

    public static List<MilestoneSlipped> slips(String rolloutId, Rescheduled rescheduled, Instant now) {
        return rescheduled.slips().stream().map(slip -> new MilestoneSlipped(rolloutId, slip.task().id(),
                slip.task().definition().title(), slip.baselineName(), slip.baselineDate(), slip.previousForecast(),
                slip.forecast(), slip.slipDays(), slip.task().definition().raci().accountable(), now)).toList();
    }
}
