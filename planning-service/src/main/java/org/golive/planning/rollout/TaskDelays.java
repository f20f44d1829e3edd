package org.golive.planning.rollout;

import org.golive.planning.plan.Move;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.golive.planning.plan.TaskStatus;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What resource levelling needs of a plan, through the plan's own commands: each task's float as the schedule last
 * computed it, and delays written as a later start-no-earlier-than date by the same revision a planner's edit makes
 * (with its events). No access check here: the levelling endpoint is the PMO's, and a resumed run has no caller.
 */
@Service
public class TaskDelays {

    private final Rollouts rollouts;
    private final RolloutLocks locks;
    private final Clock clock;

    TaskDelays(Rollouts rollouts, RolloutLocks locks, Clock clock) {
        this.rollouts = rollouts;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * A task as levelling sees it. {@code slackDays}: working days it can start later without moving any other task
     * (its free float, never more than its total float); 0 when levelling may not move it (started, done, a
     * milestone, an hour-level or around-the-clock task, a constraint other than start-no-earlier-than).
     */
    public record TaskSlack(String taskId, int revision, LocalDate start, LocalDate finish, int slackDays) {
    }

    /** A plan as levelling reads it: the rollout's version (its plan changes with it) and its tasks. */
    public record PlanSlack(String rolloutId, long version, int priority, LocalDate goLiveDate,
                            Map<String, TaskSlack> tasks) {
    }

    /** A delay to write: the task, the revision levelling read, the start it gets. */
    public record Delay(String taskId, int revision, LocalDate start) {
    }

    /** The plan's tasks and their slack; empty when the rollout has no plan. */
    public Optional<PlanSlack> slack(String rolloutId) {
        Rollout rollout = rollouts.load(rolloutId).rollout();
        return rollout.sitePlan().map(plan -> slackOf(rollout, plan));
    }

    /** A plan as levelling reads it once its go-live moved, and what that move did to its tasks. */
    public record MovedSlack(PlanSlack plan, List<Move> moved) {
    }

    /**
     * The plan as it would be with its go-live on {@code newGoLive}: the rollout's own go-live move made on this
     * call's copy (as {@link GoLiveMoves#tryOut} does), nothing stored. Empty when the rollout has no plan.
     */
    public Optional<MovedSlack> slackIf(String rolloutId, LocalDate newGoLive) {
        Rollout rollout = rollouts.load(rolloutId).rollout();
        if (rollout.sitePlan().isEmpty()) {
            return Optional.empty();
        }
        List<Move> moved = rollout.moveGoLive(newGoLive, "levelling preview", clock.instant()).result().moved();
        return Optional.of(new MovedSlack(slackOf(rollout, rollout.plan()), moved));
    }

    private static PlanSlack slackOf(Rollout rollout, SitePlan plan) {
        Map<String, TaskSlack> tasks = new java.util.HashMap<>();
        for (PlanTask task : plan.tasks()) {
            if (task.scheduled() != null) {
                tasks.put(task.id(), new TaskSlack(task.id(), task.revision(), task.scheduled().start(),
                        task.scheduled().finish(), movable(task) ? slackOf(task) : 0));
            }
        }
        return new PlanSlack(rollout.id(), rollout.version(), rollout.priority(), rollout.goLiveDate(), tasks);
    }

    /**
     * Writes the delays in one atomic write of the plan with their events. A delay already written (the task starts
     * no earlier than its date, one revision on) is skipped, so that a resumed run writes nothing twice; a task
     * someone else changed meanwhile is returned as refused and the others are still written.
     *
     * @return the ids of the tasks refused
     */
    public List<String> delay(String rolloutId, List<Delay> delays) {
        return locks.serialized(rolloutId, () -> ConcurrentChanges.retry(() -> {
            Rollouts.Loaded loaded = rollouts.load(rolloutId);
            Rollout rollout = loaded.rollout();
            SitePlan plan = rollout.plan();
            List<RaisedEvent> events = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Delay delay : delays) {
                Optional<PlanTask> found = plan.find(delay.taskId());
                if (found.isEmpty()) {
                    refused.add(delay.taskId());
                    continue;
                }
                PlanTask task = found.get();
                LocalDate notBefore = task.definition().notBefore(rollout.goLiveDate());
                if (task.revision() == delay.revision() + 1 && delay.start().equals(notBefore)) {
                    continue; // written by an earlier attempt of this run
                }
                if (task.revision() != delay.revision() || !movable(task)) {
                    refused.add(delay.taskId());
                    continue;
                }
                events.addAll(rollout.planning().reviseTask(task.id(), task.revision(), later(task.definition(),
                        (int) ChronoUnit.DAYS.between(rollout.goLiveDate(), delay.start())), clock.instant()).events());
            }
            rollouts.saveTasks(loaded, new Changed<>(Boolean.TRUE, events));
            return List.copyOf(refused);
        }));
    }

    private static boolean movable(PlanTask task) {
        TaskDefinition definition = task.definition();
        return task.status() == TaskStatus.NOT_STARTED && task.actualStart() == null && !task.milestone()
                && definition.constraintType() == null && definition.duration() == null
                && definition.calendar() == null;
    }

    private static int slackOf(PlanTask task) {
        int total = Math.max(0, task.scheduled().totalFloat());
        Integer free = task.scheduled().freeFloat();
        return free == null ? 0 : Math.max(0, Math.min(free, total));
    }

    private static TaskDefinition later(TaskDefinition d, int startOffsetDays) {
        return new TaskDefinition(d.wbs(), d.phase(), d.title(), startOffsetDays, d.deadlineOffsetDays(),
                d.durationDays(), d.dependencies(), d.effortHours(), d.readinessCriterion(), d.raci(), null, null,
                d.duration(), d.calendar(), d.effortDriven(), d.units());
    }
}
