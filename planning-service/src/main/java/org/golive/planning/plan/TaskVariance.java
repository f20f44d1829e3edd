package org.golive.planning.plan;

import org.golive.planning.schedule.WorkCalendar;

import java.time.LocalDate;

/**
 * How far a task's current dates lie from a baseline, in working days (positive: later than the baseline). Tasks
 * added after the baseline was set have no baseline dates and no variance.
 */
public record TaskVariance(String taskId, String title, boolean milestone, boolean critical, TaskStatus status,
                           LocalDate baselineStart, LocalDate baselineFinish, LocalDate start, LocalDate finish,
                           Integer startVarianceDays, Integer finishVarianceDays) {

    static TaskVariance of(PlanTask task, Baseline.TaskDates baseline, WorkCalendar calendar) {
        ScheduledDates now = task.scheduled();
        if (baseline == null) {
            return new TaskVariance(task.id(), task.definition().title(), task.milestone(), now.critical(),
                    task.status(), null, null, now.start(), now.finish(), null, null);
        }
        return new TaskVariance(task.id(), task.definition().title(), task.milestone(), now.critical(),
                task.status(), baseline.start(), baseline.finish(), now.start(), now.finish(),
                calendar.workingDaysBetween(baseline.start(), now.start()),
                calendar.workingDaysBetween(baseline.finish(), now.finish()));
    }
}
