package org.golive.planning.plan;

import org.golive.planning.schedule.DependencyCycleException;
import org.golive.planning.schedule.Link;
import org.golive.planning.schedule.Progress;
import org.golive.planning.schedule.Schedule;
import org.golive.planning.schedule.ScheduleTask;
import org.golive.planning.schedule.ScheduledTask;
import org.golive.planning.schedule.Scheduler;
import org.golive.planning.schedule.UnknownPredecessorException;
import org.golive.planning.schedule.WorkCalendar;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A site's implementation plan, anchored to its go-live date: tasks, their schedule, baselines. It lives inside the
 * rollout's document, so that moving go-live and rescheduling every task is one atomic write with its events.
 * Every change reschedules the whole plan (cheap: thousands of tasks in milliseconds) and reports what moved.
 */
public class SitePlan {

    /** Plans larger than this would not fit one document and one event with every task. */
    public static final int MAX_TASKS = 2_000;
    static final int MAX_BASELINES = 20;
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private Source source;
    private List<PhaseName> phases;
    private PlanCalendar calendar;
    private List<PlanTask> tasks;
    private List<Baseline> baselines;
    private List<String> criticalPath;
    private LocalDate start;
    private LocalDate finish;
    private int nextTaskNumber;

    SitePlan() {
    }

    /** Where the plan came from: a template version, or a file. */
    public record Source(String templateId, String templateName, Integer templateVersion, String fileName) {
    }

    /** The tasks a plan starts with, each with the id it will keep (a template's task key), and its phases' names. */
    public record Blueprint(Source source, List<BlueprintTask> tasks, List<PhaseName> phases) {

        public Blueprint {
            phases = phases == null ? List.of() : List.copyOf(phases);
        }

        public Blueprint(Source source, List<BlueprintTask> tasks) {
            this(source, tasks, List.of());
        }
    }

    /** A phase as people read it ("Design and build"); tasks name it by key ("design-build"). */
    public record PhaseName(String key, String name) {
    }

    public record BlueprintTask(String id, TaskDefinition definition) {
    }

    public record Move(String taskId, LocalDate previousStart, LocalDate previousFinish, LocalDate start,
                       LocalDate finish) {
    }

    /** A milestone whose forecast moved past (or further past) its date in the latest baseline. */
    public record MilestoneSlip(PlanTask task, String baselineName, LocalDate baselineDate, LocalDate previousForecast,
                                LocalDate forecast, int slipDays) {
    }

    /** What a change did to the schedule. */
    public record Rescheduled(List<Move> moved, List<MilestoneSlip> slips) {
    }

    public record TaskChange(PlanTask before, PlanTask after, Rescheduled rescheduled) {
    }

    public static SitePlan create(Blueprint blueprint, PlanCalendar calendar, LocalDate goLive) {
        if (blueprint.tasks().isEmpty()) {
            throw new RuleViolationException("tasks", "A plan needs at least one task");
        }
        if (blueprint.tasks().size() > MAX_TASKS) {
            throw new RuleViolationException("tasks", "A site plan holds at most " + MAX_TASKS + " tasks, not "
                    + blueprint.tasks().size());
        }
        SitePlan plan = new SitePlan();
        plan.source = blueprint.source();
        plan.phases = blueprint.phases();
        plan.calendar = calendar;
        plan.baselines = List.of();
        plan.tasks = new ArrayList<>();
        Set<String> ids = blueprint.tasks().stream().map(BlueprintTask::id).collect(Collectors.toSet());
        for (int i = 0; i < blueprint.tasks().size(); i++) {
            BlueprintTask task = blueprint.tasks().get(i);
            if (task.id() == null || !TASK_ID.matcher(task.id()).matches()) {
                throw new RuleViolationException("tasks[" + i + "].id", "A task id is 1 to 64 letters, digits, '-' or"
                        + " '_', starting with a letter or digit: " + task.id());
            }
            if (plan.find(task.id()).isPresent()) {
                throw new RuleViolationException("tasks[" + i + "].id", "Two tasks share the id " + task.id());
            }
            checkDependencies(task.id(), task.definition(), ids, "tasks[" + i + "].dependencies");
            plan.tasks.add(PlanTask.planned(task.id(), task.definition()));
        }
        plan.reschedule(goLive);
        return plan;
    }

    // --- changes ----------------------------------------------------------------------------------------------------

    /** Schedules the plan against the go-live date (after it moved, or after any change) and reports what moved. */
    public Rescheduled reschedule(LocalDate goLive) {
        WorkCalendar workCalendar = calendar.toWorkCalendar(goLive);
        Schedule schedule = schedule(goLive, workCalendar);
        Map<String, PlanTask> previous = tasks.stream()
                .collect(Collectors.toMap(PlanTask::id, t -> t, (a, b) -> a, LinkedHashMap::new));
        List<PlanTask> rescheduled = new ArrayList<>(tasks.size());
        List<Move> moved = new ArrayList<>();
        for (PlanTask task : tasks) {
            ScheduledTask dates = schedule.task(task.id());
            ScheduledDates now = new ScheduledDates(dates.start(), dates.finish(), dates.lateStart(),
                    dates.lateFinish(), dates.totalFloat(), dates.critical());
            ScheduledDates before = task.scheduled();
            if (before != null && (!before.start().equals(now.start()) || !before.finish().equals(now.finish()))) {
                moved.add(new Move(task.id(), before.start(), before.finish(), now.start(), now.finish()));
            }
            rescheduled.add(task.scheduledAs(now));
        }
        tasks = rescheduled;
        criticalPath = List.copyOf(schedule.criticalPath());
        start = schedule.start();
        finish = schedule.finish();
        return new Rescheduled(List.copyOf(moved), slips(previous, workCalendar));
    }

    public TaskChange add(TaskDefinition definition, LocalDate goLive) {
        if (tasks.size() >= MAX_TASKS) {
            throw new RuleViolationException("tasks", "A site plan holds at most " + MAX_TASKS + " tasks");
        }
        String id;
        do {
            id = "t-" + (++nextTaskNumber);
        } while (find(id).isPresent());
        checkDependencies(id, definition, ids(), "dependencies");
        List<PlanTask> edited = new ArrayList<>(tasks);
        edited.add(PlanTask.planned(id, definition));
        Rescheduled rescheduled = rescheduleWith(edited, goLive);
        return new TaskChange(null, task(id), rescheduled);
    }

    public TaskChange revise(String taskId, int expectedRevision, TaskDefinition definition, LocalDate goLive) {
        checkDependencies(taskId, definition, ids(), "dependencies");
        return change(taskId, expectedRevision, task -> task.revised(definition), goLive);
    }

    public TaskChange assign(String taskId, int expectedRevision, Raci raci, LocalDate goLive) {
        return change(taskId, expectedRevision, task -> task.revised(task.definition().withRaci(raci)), goLive);
    }

    public TaskChange recordProgress(String taskId, int expectedRevision, ProgressReport report, LocalDate today,
                                     LocalDate goLive) {
        return change(taskId, expectedRevision, task -> report.applyTo(task, today), goLive);
    }

    public Baseline setBaseline(String name, String setBy, Instant now) {
        if (baselines.stream().anyMatch(b -> b.name().equalsIgnoreCase(name))) {
            throw new ConflictException("The plan already has a baseline named '" + name + "'");
        }
        if (baselines.size() >= MAX_BASELINES) {
            throw new RuleViolationException("name", "A plan keeps at most " + MAX_BASELINES + " baselines");
        }
        Baseline baseline = new Baseline(name, now, setBy, tasks.stream()
                .map(t -> new Baseline.TaskDates(t.id(), t.scheduled().start(), t.scheduled().finish()))
                .toList());
        List<Baseline> all = new ArrayList<>(baselines);
        all.add(baseline);
        baselines = List.copyOf(all);
        return baseline;
    }

    private TaskChange change(String taskId, int expectedRevision, UnaryOperator<PlanTask> edit, LocalDate goLive) {
        PlanTask before = task(taskId);
        if (before.revision() != expectedRevision) {
            throw new ConflictException("Task " + taskId + " was changed by someone else (it is at revision "
                    + before.revision() + ", not " + expectedRevision + "); reload it and try again");
        }
        List<PlanTask> edited = new ArrayList<>(tasks);
        edited.set(tasks.indexOf(before), edit.apply(before));
        Rescheduled rescheduled = rescheduleWith(edited, goLive);
        return new TaskChange(before, task(taskId), rescheduled);
    }

    /** Adopts the edited tasks only if they schedule: a refused change (a cycle) leaves the plan as it was. */
    private Rescheduled rescheduleWith(List<PlanTask> edited, LocalDate goLive) {
        List<PlanTask> current = tasks;
        tasks = edited;
        try {
            return reschedule(goLive);
        } catch (RuntimeException refused) {
            tasks = current;
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
        return baselines.stream().filter(b -> b.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("Baseline", name));
    }

    public Optional<Baseline> latestBaseline() {
        return baselines.isEmpty() ? Optional.empty() : Optional.of(baselines.get(baselines.size() - 1));
    }

    /** Each task's slip against a baseline, in working days (positive: later than the baseline). */
    public List<TaskVariance> variance(String baselineName, LocalDate goLive) {
        Baseline baseline = baseline(baselineName);
        WorkCalendar workCalendar = calendar.toWorkCalendar(goLive);
        Map<String, Baseline.TaskDates> dates = baseline.byTask();
        return tasks.stream().map(task -> TaskVariance.of(task, dates.get(task.id()), workCalendar)).toList();
    }

    public Source source() {
        return source;
    }

    public PlanCalendar calendar() {
        return calendar;
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

    private Schedule schedule(LocalDate goLive, WorkCalendar workCalendar) {
        List<ScheduleTask> input = tasks.stream().map(task -> toScheduleTask(task, goLive)).toList();
        try {
            return new Scheduler().schedule(input, workCalendar);
        } catch (DependencyCycleException e) {
            String cycle = e.taskIds().stream().map(id -> id + " (" + task(id).definition().title() + ")")
                    .collect(Collectors.joining(" → "));
            throw new RuleViolationException("dependencies", "These tasks depend on each other in a cycle: " + cycle
                    + " → " + e.taskIds().get(0));
        } catch (UnknownPredecessorException e) {
            throw new RuleViolationException("dependencies", "Task " + e.taskId() + " depends on " + e.predecessorId()
                    + ", which is not a task of this plan");
        }
    }

    private static ScheduleTask toScheduleTask(PlanTask task, LocalDate goLive) {
        TaskDefinition definition = task.definition();
        List<Link> links = definition.dependencies().stream()
                .map(d -> new Link(d.taskId(), d.type().link(), d.lagDays())).toList();
        return new ScheduleTask(task.id(), definition.durationDays(), links, definition.notBefore(goLive),
                definition.deadline(goLive),
                new Progress(task.actualStart(), task.actualFinish()));
    }

    private List<MilestoneSlip> slips(Map<String, PlanTask> previous, WorkCalendar workCalendar) {
        Optional<Baseline> latest = latestBaseline();
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
                slips.add(new MilestoneSlip(task, latest.get().name(), baselineDate, was, forecast,
                        workCalendar.workingDaysBetween(baselineDate, forecast)));
            }
        }
        return List.copyOf(slips);
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        tasks.forEach(t -> ids.add(t.id()));
        return ids;
    }

    private static void checkDependencies(String taskId, TaskDefinition definition, Set<String> ids, String field) {
        Map<String, Integer> seen = new HashMap<>();
        List<Dependency> dependencies = definition.dependencies();
        for (int i = 0; i < dependencies.size(); i++) {
            Dependency dependency = dependencies.get(i);
            String at = field + "[" + i + "].taskId";
            if (dependency.taskId() == null || !ids.contains(dependency.taskId())) {
                throw new RuleViolationException(at, "No task " + dependency.taskId() + " in this plan: a task"
                        + " depends only on tasks of its own rollout's plan");
            }
            if (dependency.taskId().equals(taskId)) {
                throw new RuleViolationException(at, "A task cannot depend on itself");
            }
            if (seen.put(dependency.taskId(), i) != null) {
                throw new RuleViolationException(at, "Task " + dependency.taskId() + " is named twice");
            }
        }
    }
}
