package org.golive.planning.resource;

import org.golive.contract.planning.ResourceAssignmentsChanged;
import org.golive.contract.planning.TaskMove;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.schedule.WorkCalendar;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The resources assigned to the tasks of one site rollout, kept apart from the plan (its own collection, one
 * document per rollout, entries keyed by task) with the dates each assigned task runs on and the site's calendar,
 * so that the program's capacity view is computed without reading the plans.
 */
@Document("resource_assignments")
public class RolloutAssignments extends Aggregate {

    @Id
    private String id;
    private String programId;
    private PlanCalendar calendar;
    private LocalDate goLiveDate;
    private List<AssignedTask> tasks = new ArrayList<>();
    /** The role demand of the template the plan was made from has been assigned (once, however often asked). */
    private boolean templateDemandApplied;

    RolloutAssignments() {
    }

    static RolloutAssignments open(String rolloutId, String programId, PlanCalendar calendar, LocalDate goLiveDate) {
        RolloutAssignments opened = new RolloutAssignments();
        opened.id = rolloutId;
        opened.programId = programId;
        opened.calendar = calendar;
        opened.goLiveDate = goLiveDate;
        return opened;
    }

    /** The task as it stands now, revision 0 and nobody assigned when never assigned. */
    AssignedTask task(String taskId) {
        return find(taskId).orElse(new AssignedTask(taskId, null, null, false, 0, List.of()));
    }

    Optional<AssignedTask> find(String taskId) {
        return tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst();
    }

    /** Replaces the assignments of a task of the plan, at the dates it runs on now (its actual ones once known). */
    Changed<AssignedTask> assign(PlanTask task, int revision, List<Assignment> assignments, Instant now) {
        LocalDate start = task.actualStart() != null ? task.actualStart()
                : task.scheduled() == null ? null : task.scheduled().start();
        LocalDate finish = task.actualFinish() != null ? task.actualFinish()
                : task.scheduled() == null ? null : task.scheduled().finish();
        return assign(task.id(), revision, start, finish, task.milestone(), assignments, now);
    }

    /**
     * Replaces the task's assignments. {@code revision} is the one read (409 when someone changed them since);
     * {@code start}/{@code finish} are the task's dates now.
     */
    Changed<AssignedTask> assign(String taskId, int revision, LocalDate start, LocalDate finish, boolean milestone,
                                 List<Assignment> assignments, Instant now) {
        AssignedTask current = task(taskId);
        if (current.revision() != revision) {
            throw new ConflictException("The resources of task " + taskId + " were changed by someone else (revision "
                    + current.revision() + ", not " + revision + "); reload them and try again");
        }
        check(assignments, start, finish, milestone);
        AssignedTask assigned = new AssignedTask(taskId, start, finish, milestone, revision + 1, assignments, now);
        tasks.removeIf(t -> t.taskId().equals(taskId));
        if (!assignments.isEmpty()) {
            tasks.add(assigned);
        }
        List<ResourceAssignmentsChanged.Assignment> published = assignments.stream()
                .map(a -> new ResourceAssignmentsChanged.Assignment(a.resourceId(), text(a.units()),
                        text(a.effortHours()))).toList();
        return Changed.of(assigned, RaisedEvent.of(id, new ResourceAssignmentsChanged(id, programId, taskId,
                published, now)));
    }

    /**
     * Assigns the role demand of the template the site's plan was made from, once for the rollout: asked again (the
     * plan-instantiated event redelivered after the request already did it) it changes nothing. A task someone has
     * assigned meanwhile keeps its assignments. One {@code resource-assignments-changed} event per task assigned, as
     * when a person assigns it.
     *
     * @return the tasks assigned
     */
    Changed<List<String>> applyTemplateDemand(Map<PlanTask, List<Assignment>> demand, Instant now) {
        if (templateDemandApplied) {
            return Changed.silently(List.of());
        }
        templateDemandApplied = true;
        List<String> assigned = new ArrayList<>();
        List<RaisedEvent> events = new ArrayList<>();
        demand.forEach((task, given) -> {
            if (find(task.id()).isEmpty() && !given.isEmpty()) {
                try {
                    events.addAll(assign(task, 0, given, now).events());
                    assigned.add(task.id());
                } catch (RuleViolationException noWorkingTime) {
                    // effort on a task that has no working day at this site: nothing to spread, left unassigned
                }
            }
        });
        return new Changed<>(List.copyOf(assigned), events);
    }

    private void check(List<Assignment> assignments, LocalDate start, LocalDate finish, boolean milestone) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            String at = "assignments[" + i + "]";
            if (!seen.add(a.resourceId())) {
                throw new RuleViolationException(at + ".resourceId", "Resource " + a.resourceId()
                        + " is on the task twice; give it one assignment");
            }
            if ((a.units() == null) == (a.effortHours() == null)) {
                throw new RuleViolationException(at, "Give either units or effortHours");
            }
            if (a.units() != null && a.units().signum() <= 0) {
                throw new RuleViolationException(at + ".units", "Units must be more than 0");
            }
            if (a.effortHours() != null && a.effortHours().signum() <= 0) {
                throw new RuleViolationException(at + ".effortHours", "Effort must be more than 0 hours");
            }
            if (a.effortHours() != null && (milestone || workingDays(start, finish) == 0)) {
                throw new RuleViolationException(at + ".effortHours", "The task has no working time to spread "
                        + a.effortHours() + " hours over (a milestone, or no working day between its dates)");
            }
        }
    }

    private int workingDays(LocalDate start, LocalDate finish) {
        if (start == null || finish == null) {
            return 0;
        }
        WorkCalendar work = workCalendar();
        int days = 0;
        for (LocalDate day = start; !day.isAfter(finish); day = day.plusDays(1)) {
            days += work.isWorkingDay(day) ? 1 : 0;
        }
        return days;
    }

    /**
     * Follows the dates planning published for moved tasks (a go-live move, a slip, progress); tasks with nobody
     * assigned are not kept. Returns whether an assigned task moved.
     */
    boolean follow(List<TaskMove> moves, LocalDate newGoLive) {
        boolean changed = newGoLive != null && !newGoLive.equals(goLiveDate);
        if (newGoLive != null) {
            goLiveDate = newGoLive;
        }
        Map<String, TaskMove> byTask = moves.stream()
                .collect(Collectors.toMap(TaskMove::taskId, Function.identity(), (a, b) -> b));
        for (int i = 0; i < tasks.size(); i++) {
            TaskMove move = byTask.get(tasks.get(i).taskId());
            if (move != null) {
                tasks.set(i, tasks.get(i).movedTo(move.start(), move.finish()));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The site's plan was replaced at {@code replacedAt}: the assignments made on the old plan's tasks are released
     * (a task id the new plan uses again names another task), each published as a task with nobody assigned. Those
     * made on the new plan, after the replace, stay: seeing the replace again (a redelivery, or late, after someone
     * assigned the new tasks) releases nothing more.
     */
    Changed<List<String>> release(Instant replacedAt, LocalDate newGoLive, Instant now) {
        goLiveDate = newGoLive;
        List<AssignedTask> released = tasks.stream().filter(task -> task.madeBefore(replacedAt)).toList();
        tasks.removeAll(released);
        return new Changed<>(released.stream().map(AssignedTask::taskId).toList(), released.stream()
                .map(task -> RaisedEvent.of(id, new ResourceAssignmentsChanged(id, programId, task.taskId(),
                        List.of(), now))).toList());
    }

    /**
     * The site's own calendar as set since (a {@code calendar.changed} event): its days and their hours are what the
     * demand is spread over, a short Friday asking less. Returns whether it differs from the one held.
     */
    boolean siteCalendar(PlanCalendar current) {
        boolean changed = !current.equals(calendar);
        calendar = current;
        return changed;
    }

    /** A site with nobody assigned takes its plan's calendar as it is now (a replaced plan brings its file's). */
    void planCalendar(PlanCalendar current) {
        if (tasks.isEmpty()) {
            calendar = current;
        }
    }

    /** Follows a task's own dates (its actual start or finish recorded); a null date keeps the one known. */
    boolean follow(String taskId, LocalDate start, LocalDate finish) {
        Optional<AssignedTask> task = find(taskId);
        if (task.isEmpty()) {
            return false;
        }
        LocalDate newStart = start == null ? task.get().start() : start;
        LocalDate newFinish = finish == null ? task.get().finish() : finish;
        if (java.util.Objects.equals(newStart, task.get().start())
                && java.util.Objects.equals(newFinish, task.get().finish())) {
            return false;
        }
        tasks.set(tasks.indexOf(task.get()), task.get().movedTo(newStart, newFinish));
        return true;
    }

    SiteDemand demand() {
        return new SiteDemand(id, workCalendar(), List.copyOf(tasks));
    }

    /**
     * The demand as it would be with the go-live at {@code newGoLive} and the tasks moved to {@code moved}'s dates
     * (start and finish by task id); nothing here changes.
     */
    SiteDemand demandIf(LocalDate newGoLive, Map<String, LocalDate[]> moved) {
        List<AssignedTask> shifted = tasks.stream().map(task -> {
            LocalDate[] dates = moved.get(task.taskId());
            return dates == null ? task : task.movedTo(dates[0], dates[1]);
        }).toList();
        return new SiteDemand(id, calendar.toWorkCalendar(newGoLive), shifted);
    }

    /** The site's calendar as it stands with its go-live on that date. */
    WorkCalendar calendarAt(LocalDate newGoLive) {
        return calendar.toWorkCalendar(newGoLive);
    }

    private WorkCalendar workCalendar() {
        return calendar.toWorkCalendar(goLiveDate);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/rollouts/" + id + "/resource-assignments";
    }

    public String programId() {
        return programId;
    }

    boolean templateDemandApplied() {
        return templateDemandApplied;
    }

    List<AssignedTask> tasks() {
        return List.copyOf(tasks);
    }
}
