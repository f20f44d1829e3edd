package org.golive.planning.plan;

import org.golive.planning.schedule.Constraint;
import org.golive.planning.schedule.DependencyCycleException;
import org.golive.planning.schedule.Progress;
import org.golive.planning.schedule.Schedule;
import org.golive.planning.schedule.SchedulePlan;
import org.golive.planning.schedule.ScheduledTask;
import org.golive.planning.schedule.Scheduler;
import org.golive.planning.schedule.UnknownPredecessorException;
import org.golive.planning.schedule.WorkCalendar;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One pass of the schedule engine over a plan's tasks against its go-live date: the tasks with their new dates, what
 * moved, and which milestones slipped past the latest baseline. The plan adopts the outcome; this computes it.
 */
final class Rescheduling {

    /** The tasks as scheduled, the plan's critical path and span, and what the pass changed. */
    record Outcome(List<PlanTask> tasks, List<String> criticalPath, LocalDate start, LocalDate finish,
                   Rescheduled rescheduled) {
    }

    private Rescheduling() {
    }

    /** What the plan is scheduled on: its site calendar, its named calendars, and its status date (or null). */
    record Calendars(PlanCalendar site, List<PlanCalendars.Named> named, LocalDate statusDate) {
    }

    static Outcome of(List<PlanTask> tasks, Calendars calendars, Optional<Baseline> latestBaseline,
                      LocalDate goLive) {
        WorkCalendar workCalendar = calendars.site().toWorkCalendar(goLive);
        Schedule schedule = schedule(tasks, goLive, workCalendar, calendars);
        Map<String, PlanTask> previous = tasks.stream()
                .collect(Collectors.toMap(PlanTask::id, t -> t, (a, b) -> a, LinkedHashMap::new));
        List<PlanTask> rescheduled = new ArrayList<>(tasks.size());
        List<Move> moved = new ArrayList<>();
        for (PlanTask task : tasks) {
            ScheduledTask dates = schedule.task(task.id());
            ScheduledDates now = new ScheduledDates(dates.start(), dates.finish(), dates.lateStart(),
                    dates.lateFinish(), dates.totalFloat(), dates.critical(), dates.freeFloat(), dates.startTime(),
                    dates.finishTime());
            ScheduledDates before = task.scheduled();
            if (before != null && (!before.start().equals(now.start()) || !before.finish().equals(now.finish()))) {
                moved.add(new Move(task.id(), before.start(), before.finish(), now.start(), now.finish()));
            }
            // The same instance when nothing moved: the store keeps each task's encoded form by instance.
            rescheduled.add(now.equals(task.scheduled()) ? task : task.scheduledAs(now));
        }
        return new Outcome(rescheduled, List.copyOf(schedule.criticalPath()), schedule.start(), schedule.finish(),
                new Rescheduled(List.copyOf(moved),
                        slips(rescheduled, previous, latestBaseline, workCalendar)));
    }

    private static Schedule schedule(List<PlanTask> tasks, LocalDate goLive, WorkCalendar workCalendar,
                                     Calendars calendars) {
        PlanCalendars.Resolver named = new PlanCalendars.Resolver(calendars.named(), goLive);
        try {
            return new Scheduler().schedule(toSchedulePlan(tasks, goLive, named), workCalendar,
                    calendars.statusDate());
        } catch (DependencyCycleException e) {
            String cycle = e.taskIds().stream().map(id -> id + " (" + title(tasks, id) + ")")
                    .collect(Collectors.joining(" → "));
            throw new RuleViolationException("dependencies", "These tasks depend on each other in a cycle: " + cycle
                    + " → " + e.taskIds().get(0));
        } catch (UnknownPredecessorException e) {
            throw new RuleViolationException("dependencies", "Task " + e.taskId() + " depends on " + e.predecessorId()
                    + ", which is not a task of this plan");
        }
    }

    private static String title(List<PlanTask> tasks, String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Task", taskId)).definition().title();
    }

    /** The engine's input straight from the plan's tasks: no task or link object in between. */
    private static SchedulePlan toSchedulePlan(List<PlanTask> tasks, LocalDate goLive,
                                               PlanCalendars.Resolver calendars) {
        SchedulePlan.Builder plan = SchedulePlan.builder(tasks.size());
        for (PlanTask task : tasks) {
            TaskDefinition definition = task.definition();
            Constraint constraint = definition.constraintType() == null ? null : definition.constraint(goLive);
            Progress progress = new Progress(task.actualStart(), task.actualFinish(), task.percentComplete());
            plan.task(task.id(), definition.scheduleDuration(), definition.notBefore(goLive),
                    definition.deadline(goLive), progress, constraint, calendars.of(task.id(), definition.calendar()));
            for (Dependency dependency : definition.dependencies()) {
                plan.link(dependency.taskId(), dependency.type().link(), dependency.scheduleLag());
            }
        }
        return plan.build();
    }

    private static List<MilestoneSlip> slips(List<PlanTask> tasks, Map<String, PlanTask> previous,
                                                      Optional<Baseline> latest, WorkCalendar workCalendar) {
        if (latest.isEmpty()) {
            return List.of();
        }
        List<MilestoneSlip> slips = new ArrayList<>();
        for (PlanTask task : tasks) {
            PlanTask before = previous.get(task.id());
            Optional<Baseline.TaskDates> planned = latest.get().of(task.id());
            if (!task.milestone() || task.done() || before == null || before.scheduled() == null
                    || planned.isEmpty()) {
                continue;
            }
            LocalDate baselineDate = planned.get().finish();
            LocalDate was = before.scheduled().finish();
            LocalDate forecast = task.scheduled().finish();
            if (forecast.isAfter(baselineDate) && forecast.isAfter(was)) {
                // A checkpoint on the 24-hours calendar may sit on days the site does not work (a cutover weekend):
                // counted on the site's calendar its slip could be 0 working days, yet it slipped.
                slips.add(new MilestoneSlip(task, latest.get().name(), baselineDate, was, forecast,
                        Math.max(1, workCalendar.workingDaysBetween(baselineDate, forecast))));
            }
        }
        return List.copyOf(slips);
    }

    /**
     * Whether the engine would give every task of {@code tasks} (the plan before the change, scheduled) the dates it
     * has already after {@code before} became {@code after}, so that the change need not reschedule: every task is
     * scheduled in full (none stored before free float or times were computed), and the change leaves the engine's
     * inputs of the task as they were: its definition and actual dates, and its percentage where a status date reads
     * it. The usual progress update (a new percentage on a task already started) so schedules nothing.
     */
    static boolean needless(PlanTask before, PlanTask after, LocalDate statusDate, List<PlanTask> tasks) {
        return before.definition().equals(after.definition())
                && Objects.equals(before.actualStart(), after.actualStart())
                && Objects.equals(before.actualFinish(), after.actualFinish())
                && (statusDate == null || before.percentComplete() == after.percentComplete())
                && tasks.stream().allMatch(Rescheduling::scheduledInFull);
    }

    private static boolean scheduledInFull(PlanTask task) {
        ScheduledDates dates = task.scheduled();
        return dates != null && dates.freeFloat() != null && dates.startTime() != null && dates.finishTime() != null;
    }
}
