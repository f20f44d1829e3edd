package org.golive.planning.plan;

import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;

import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A site's implementation plan, anchored to its go-live date: tasks, their schedule, baselines. It lives inside the
 * rollout's document, so that moving go-live and rescheduling every task is one atomic write with its events.
 * Every change that could move a date reschedules the whole plan (cheap: thousands of tasks in milliseconds) and
 * reports what moved.
 */
public class SitePlan {

    /**
     * Plans larger than this would crowd the rollout's document (about 5 MB at 10,000 tasks, of MongoDB's 16 MB,
     * with room for the events waiting beside it).
     */
    public static final int MAX_TASKS = 10_000;

    private Source source;
    private List<PhaseName> phases;
    /** Stored as the plan's own fields {@code calendar} and {@code calendars}, the shape plans had before. */
    @Unwrapped(onEmpty = Unwrapped.OnEmpty.USE_EMPTY)
    private SiteCalendars siteCalendars;
    /** MS Project's status date: progress is reported up to it; null when not set. */
    private LocalDate statusDate;
    /** Stored apart from the rest of the plan, in chunks (the store's business: see {@link #restoreTasks}). */
    @Transient
    private List<PlanTask> tasks;
    private List<Baseline> baselines;
    private List<String> criticalPath;
    private LocalDate start;
    private LocalDate finish;
    private int nextTaskNumber;

    SitePlan() {
    }

    public static SitePlan create(Blueprint blueprint, PlanCalendar calendar, LocalDate goLive) {
        TaskRules.checkBlueprint(blueprint, MAX_TASKS);
        SitePlan plan = new SitePlan();
        plan.source = blueprint.source();
        plan.phases = blueprint.phases();
        plan.siteCalendars = SiteCalendars.of(calendar, blueprint.calendars());
        plan.statusDate = blueprint.statusDate();
        plan.baselines = List.of();
        plan.tasks = new ArrayList<>();
        for (BlueprintTask task : blueprint.tasks()) {
            plan.tasks.add(PlanTask.planned(task.id(), plan.effortScheduled(task.definition(), goLive)));
        }
        plan.reschedule(goLive);
        return plan;
    }

    /**
     * Gives a plan read from the store its tasks, which the store keeps apart from the rest of the plan (so that a
     * change rewrites the tasks it touched, not all of them).
     */
    public void restoreTasks(List<PlanTask> stored) {
        if (tasks != null) {
            throw new IllegalStateException("The plan has its tasks already");
        }
        tasks = new ArrayList<>(stored);
    }

    // --- changes ----------------------------------------------------------------------------------------------------

    /** Schedules the plan against the go-live date (after it moved, or after any change) and reports what moved. */
    public Rescheduled reschedule(LocalDate goLive) {
        Rescheduling.Outcome outcome = Rescheduling.of(tasks, siteCalendars.forScheduling(statusDate),
                latestBaseline(), goLive);
        tasks = outcome.tasks();
        criticalPath = outcome.criticalPath();
        start = outcome.start();
        finish = outcome.finish();
        return outcome.rescheduled();
    }

    public TaskChange add(TaskDefinition definition, LocalDate goLive) {
        if (tasks.size() >= MAX_TASKS) {
            throw new RuleViolationException("tasks", "A site plan holds at most " + MAX_TASKS + " tasks");
        }
        String id;
        do {
            id = "t-" + (++nextTaskNumber);
        } while (find(id).isPresent());
        TaskRules.checkDependencies(id, definition, ids(), "dependencies");
        List<PlanTask> edited = new ArrayList<>(tasks);
        edited.add(PlanTask.planned(id, effortScheduled(definition, goLive)));
        Rescheduled rescheduled = rescheduleWith(edited, goLive);
        return new TaskChange(null, task(id), rescheduled);
    }

    public TaskChange revise(String taskId, int expectedRevision, TaskDefinition definition, LocalDate goLive) {
        TaskRules.checkDependencies(taskId, definition, ids(), "dependencies");
        // The units are the assignments' to set, not the planner's: a revised task keeps them.
        return change(taskId, expectedRevision, task -> task.revised(
                effortScheduled(definition.withUnits(task.definition().units()), goLive)), goLive);
    }

    /**
     * Records the units now assigned to an effort-driven task (the sum of its assignments'), which takes its duration
     * from them. A fixed-duration task is not touched. Null when nothing changed.
     */
    public TaskChange setUnits(String taskId, java.math.BigDecimal units, LocalDate goLive) {
        PlanTask before = task(taskId);
        if (!before.definition().effortDriven()) {
            return null;
        }
        TaskDefinition updated = effortScheduled(before.definition().withUnits(units), goLive);
        if (updated.equals(before.definition())) {
            return null;
        }
        return change(taskId, before.revision(), task -> task.revised(updated), goLive);
    }

    public TaskChange assign(String taskId, int expectedRevision, Raci raci, LocalDate goLive) {
        return change(taskId, expectedRevision, task -> task.revised(task.definition().withRaci(raci)), goLive);
    }

    public TaskChange recordProgress(String taskId, int expectedRevision, ProgressReport report, LocalDate today,
                                     LocalDate goLive) {
        return change(taskId, expectedRevision, task -> report.applyTo(task, today), goLive);
    }

    /**
     * Sets (or with null clears) the status date and reschedules: work not started moves after it, in-progress work
     * runs its remaining duration from it, completed work stays.
     *
     * @throws RuleViolationException naming {@code statusDate} for a date more than ten years from go-live
     */
    public Rescheduled setStatusDate(LocalDate date, LocalDate goLive) {
        if (date != null && (date.isBefore(goLive.minusYears(10)) || date.isAfter(goLive.plusYears(10)))) {
            throw new RuleViolationException("statusDate", "A status date lies within ten years of go-live ("
                    + goLive + "), not " + date);
        }
        LocalDate previous = statusDate;
        statusDate = date;
        return rescheduleOrUndo(goLive, () -> statusDate = previous);
    }

    /**
     * Sets the site's calendar ({@value PlanCalendars#STANDARD}) or one of its named calendars, and reschedules on it;
     * a calendar the plan cannot be scheduled on leaves the plan as it was.
     *
     * @return the name as kept (the stored spelling of an existing calendar's name wins) and what moved
     */
    public Rescheduled setCalendar(String name, PlanCalendar newCalendar, LocalDate goLive) {
        return rescheduleOrUndo(goLive, siteCalendars.set(name, newCalendar));
    }

    public Baseline setBaseline(String name, String setBy, Instant now) {
        baselines = PlanBaselines.adding(baselines, name, setBy, now, tasks);
        return baselines.get(baselines.size() - 1);
    }

    private TaskChange change(String taskId, int expectedRevision, UnaryOperator<PlanTask> edit, LocalDate goLive) {
        PlanTask before = task(taskId);
        if (before.revision() != expectedRevision) {
            throw new ConflictException("Task " + taskId + " was changed by someone else (it is at revision "
                    + before.revision() + ", not " + expectedRevision + "); reload it and try again");
        }
        PlanTask after = edit.apply(before);
        List<PlanTask> edited = new ArrayList<>(tasks);
        edited.set(tasks.indexOf(before), after);
        boolean scheduled = criticalPath != null && start != null && finish != null;
        if (scheduled && Rescheduling.needless(before, after, statusDate, tasks)) {
            tasks = edited;
            return new TaskChange(before, after, new Rescheduled(List.of(), List.of()));
        }
        Rescheduled rescheduled = rescheduleWith(edited, goLive);
        return new TaskChange(before, task(taskId), rescheduled);
    }

    /** Adopts the edited tasks only if they schedule: a refused change (a cycle) leaves the plan as it was. */
    private Rescheduled rescheduleWith(List<PlanTask> edited, LocalDate goLive) {
        List<PlanTask> current = tasks;
        tasks = edited;
        return rescheduleOrUndo(goLive, () -> tasks = current);
    }

    /** Reschedules after a change, or undoes the change if the plan cannot be scheduled with it (and rethrows). */
    private Rescheduled rescheduleOrUndo(LocalDate goLive, Runnable undo) {
        try {
            return reschedule(goLive);
        } catch (RuntimeException refused) {
            undo.run();
            throw refused;
        }
    }

    // --- reads ------------------------------------------------------------------------------------------------------

    public PlanTask task(String taskId) {
        return find(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    public Optional<PlanTask> find(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    public Baseline baseline(String name) {
        return PlanBaselines.named(baselines, name);
    }

    public Optional<Baseline> latestBaseline() {
        return PlanBaselines.latest(baselines);
    }

    /** Each task's slip against a baseline, in working days (positive: later than the baseline). */
    public List<TaskVariance> variance(String baselineName, LocalDate goLive) {
        return PlanBaselines.variance(baseline(baselineName), tasks, siteCalendars.site().toWorkCalendar(goLive));
    }

    public Source source() {
        return source;
    }

    public PlanCalendar calendar() {
        return siteCalendars.site();
    }

    /** The site's named calendars, without its own ({@link #calendar()}). */
    public List<PlanCalendars.Named> namedCalendars() {
        return siteCalendars.named();
    }

    /** The calendar of that name ({@value PlanCalendars#STANDARD}: the site's own), if the site has it. */
    public Optional<PlanCalendar> calendar(String name) {
        return siteCalendars.named(name);
    }

    public LocalDate statusDate() {
        return statusDate;
    }

    public List<PhaseName> phases() {
        return phases == null ? List.of() : phases;
    }

    public List<PlanTask> tasks() {
        return List.copyOf(tasks);
    }

    public List<Baseline> baselines() {
        return baselines;
    }

    public List<String> criticalPath() {
        return criticalPath;
    }

    /** The critical path's total float in working days (the least of its tasks'), negative when a deadline cannot be met. */
    public Integer criticalPathFloat() {
        return tasks.stream().filter(task -> task.scheduled().critical()).mapToInt(task -> task.scheduled().totalFloat())
                .boxed().min(Integer::compare).orElse(null);
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate finish() {
        return finish;
    }

    /** The counter behind the ids of tasks added to the plan ({@code t-N}). */
    public int nextTaskNumber() {
        return nextTaskNumber;
    }

    // --- internals --------------------------------------------------------------------------------------------------

    /** An effort-driven task's duration from its work and units, on its own calendar's working day. */
    private TaskDefinition effortScheduled(TaskDefinition definition, LocalDate goLive) {
        if (!definition.effortDriven() || definition.units() == null) {
            return definition;
        }
        return definition.effortScheduled(siteCalendars.of(definition, goLive).minutesPerDay());
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        tasks.forEach(t -> ids.add(t.id()));
        return ids;
    }
}
