package org.golive.planning.rollout;

import org.golive.planning.plan.TaskChange;
import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;

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

    /** @return the task after the change, or null when it did not change (or the plan no longer has it) */
    public TaskChange set(String rolloutId, String taskId, BigDecimal units) {
        try {
            if (!rollouts.task(rolloutId, taskId).task().definition().effortDriven()) {
                return null; // read alone, without the plan: most tasks have a fixed duration
            }
        } catch (NotFoundException gone) {
            return null; // the rollout or its task is gone: no duration to follow
        }
        return locks.serialized(rolloutId, () -> ConcurrentChanges.retry(() -> {
            Rollouts.Loaded loaded = rollouts.load(rolloutId);
            if (loaded.rollout().sitePlan().flatMap(plan -> plan.find(taskId)).isEmpty()) {
                return null;
            }
            return rollouts.saveTasks(loaded, loaded.rollout().planning().setTaskUnits(taskId, units, clock.instant()));
        }));
    }
}
