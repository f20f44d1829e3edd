package org.golive.planning.rollout;

import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.Rescheduled;
import org.golive.planning.plan.TaskChange;
import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tells a site plan the units now assigned to one of its tasks (the resource package owns assignments, the plan owns
 * durations). An effort-driven task's duration follows, with the usual {@code task.updated} event and the moves it
 * caused; a fixed-duration task, or units unchanged, writes nothing. Setting the same units twice changes nothing, so
 * a redelivered assignment event is harmless.
 */
@Service
public class TaskUnits {

    private final Rollouts rollouts;
    private final RolloutLocks locks;
    private final Clock clock;

    TaskUnits(Rollouts rollouts, RolloutLocks locks, Clock clock) {
        this.rollouts = rollouts;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * @param units the units assigned now, asked for under the rollout's lock after the plan is read: a caller that
     *              reads them from the assignments stored (the event's catch-up) then never sets older units over
     *              those a later change stored and set meanwhile (here or, through the plan's version, elsewhere)
     * @return the task after the change with what it moved; the task as it is, with nothing moved, when it has these
     * units already (set by the catch-up of this very change's assignment event, which may take the lock first: the
     * caller's dates must still follow the plan's); null for a fixed-duration task, or one the plan no longer has
     */
    public TaskChange set(String rolloutId, String taskId, Supplier<BigDecimal> units) {
        try {
            if (!rollouts.task(rolloutId, taskId).task().definition().effortDriven()) {
                return null; // read alone, without the plan: most tasks have a fixed duration
            }
        } catch (NotFoundException gone) {
            return null; // the rollout or its task is gone: no duration to follow
        }
        return locks.serialized(rolloutId, () -> ConcurrentChanges.retry(() -> {
            Rollouts.Loaded loaded = rollouts.load(rolloutId);
            PlanTask current = loaded.rollout().sitePlan().flatMap(plan -> plan.find(taskId)).orElse(null);
            if (current == null) {
                return null;
            }
            TaskChange change = rollouts.saveTasks(loaded,
                    loaded.rollout().planning().setTaskUnits(taskId, units.get(), clock.instant()));
            return change != null ? change
                    : new TaskChange(current, current, new Rescheduled(List.of(), List.of()));
        }));
    }
}
