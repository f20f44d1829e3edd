package org.golive.planning.resource;

import org.golive.planning.plan.TaskChange;
import org.golive.planning.plan.PlanEvents;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.ScheduledDates;
import org.golive.planning.rollout.TaskUnits;
import org.golive.platform.outbox.Changed;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * After a task's assignments change, tells its plan the units now assigned: an effort-driven task's duration follows
 * them (work / (units x hours per day)). The assigned tasks' dates here then follow the plan's answer at once, so the
 * capacity computed next sees the new duration; the {@code task.updated} event brings the same dates again later,
 * which changes nothing.
 */
@Component
class EffortDrivenTasks {

    private final TaskUnits units;
    private final RolloutAssignmentStore assignments;

    EffortDrivenTasks(TaskUnits units, RolloutAssignmentStore assignments) {
        this.units = units;
        this.assignments = assignments;
    }

    /** The units of the assignments that give units (effort-only ones give none); null when there are none. */
    static BigDecimal unitsOf(List<Assignment> given) {
        BigDecimal sum = given.stream().map(Assignment::units).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.signum() == 0 ? null : sum;
    }

    /**
     * Catches up after a crash between storing a task's assignments and telling its plan: with the assignments the
     * store holds now, never the event's own, since the event may arrive after a later change of the same task
     * (it would set the units back, and the task's duration with them). Read under the rollout's lock, after the plan:
     * read before it, a request could store and set newer units in between, which this would then set back.
     */
    boolean caughtUp(String rolloutId, String taskId) {
        return assigned(rolloutId, taskId, () -> assignments.find(rolloutId)
                .map(known -> unitsOf(known.task(taskId).assignments())).orElse(null));
    }

    /** After a request stored these assignments of the task. */
    boolean assigned(String rolloutId, String taskId, List<Assignment> given) {
        return assigned(rolloutId, taskId, () -> unitsOf(given));
    }

    /**
     * Also when the plan has these units already: the catch-up of this change's own event may have set them first,
     * and the dates here must not wait for it to follow (the answer to the assignment would show the old duration).
     *
     * @return whether the task is effort-driven, so that its dates here now follow the plan's (and what it pushed)
     */
    private boolean assigned(String rolloutId, String taskId, Supplier<BigDecimal> unitsNow) {
        TaskChange change = units.set(rolloutId, taskId, unitsNow);
        if (change == null) {
            return false;
        }
        Predicate<RolloutAssignments> follow = document -> {
            PlanTask task = change.after();
            ScheduledDates dates = task.scheduled();
            boolean moved = document.follow(PlanEvents.moves(change.rescheduled()), null);
            return document.follow(taskId, task.actualStart() != null ? task.actualStart() : dates.start(),
                    task.actualFinish() != null ? task.actualFinish() : dates.finish()) || moved;
        };
        // Tried on the copy read first: most calls (an event's catch-up after its request) find the dates in step.
        assignments.find(rolloutId).filter(follow).ifPresent(known -> assignments.change(rolloutId, () -> known,
                document -> Changed.silently(follow.test(document))));
        return true;
    }
}
