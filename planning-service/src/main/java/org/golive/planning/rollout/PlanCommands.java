package org.golive.planning.rollout;

import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.platform.security.RolloutAccess;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a change to a rollout and its plan and stores it with its events. A plan is one document: changes to one
 * rollout take turns inside this instance ({@link RolloutLocks}), so two people changing different tasks never
 * collide on the document's version here; a write from another instance in between makes the change replay on the
 * fresh state. Each task's own revision still refuses a stale edit of the same task (409). The answer is made from
 * the state just stored, never by reading the plan again.
 */
@Service
class PlanCommands {

    private final Rollouts rollouts;
    private final RolloutAccess access;
    private final RolloutLocks locks;

    PlanCommands(Rollouts rollouts, RolloutAccess access, RolloutLocks locks) {
        this.rollouts = rollouts;
        this.access = access;
        this.locks = locks;
    }

    /** A change only those who may change the rollout (its project manager, the PMO) may make. */
    <T> T change(String rolloutId, Function<Rollout, Changed<T>> command) {
        return change(rolloutId, command, (result, rollout) -> result);
    }

    /** The same, answered with {@code answer} of the result and the rollout as stored. */
    <T, V> V change(String rolloutId, Function<Rollout, Changed<T>> command,
                    BiFunction<T, Rollout, V> answer) {
        return locks.serialized(rolloutId, () -> ConcurrentChanges.retry(() -> {
            Rollouts.Loaded loaded = rollouts.load(rolloutId);
            Rollout rollout = loaded.rollout();
            access.check(rolloutId, RolloutAccess.Action.CHANGE);
            return answer.apply(rollouts.save(loaded, command.apply(rollout)), rollout);
        }));
    }

    /**
     * The same, and in the same write the fields {@code also} sets from the result beside the rollout's own: a step
     * still to take after the change, recorded with it ({@link FileStaffingSteps}).
     */
    <T, V> V change(String rolloutId, Function<Rollout, Changed<T>> command, BiConsumer<T, Update> also,
                    BiFunction<T, Rollout, V> answer) {
        return locks.serialized(rolloutId, () -> ConcurrentChanges.retry(() -> {
            Rollouts.Loaded loaded = rollouts.load(rolloutId);
            Rollout rollout = loaded.rollout();
            access.check(rolloutId, RolloutAccess.Action.CHANGE);
            Changed<T> changed = command.apply(rollout);
            return answer.apply(rollouts.save(loaded, changed, update -> also.accept(changed.result(), update)),
                    rollout);
        }));
    }

    /**
     * A change to some tasks of the plan (a task added, revised, assigned, progressed, and the tasks it pushed): only
     * those tasks and the plan's dates are written. {@code guard} decides who may make it (a contributor on their
     * own task).
     */
    <T, V> V changeTasks(String rolloutId, Consumer<Rollout> guard, Function<Rollout, Changed<T>> command,
                         BiFunction<T, Rollout, V> answer) {
        return locks.serialized(rolloutId, () -> ConcurrentChanges.retry(() -> {
            Rollouts.Loaded loaded = rollouts.load(rolloutId);
            Rollout rollout = loaded.rollout();
            guard.accept(rollout);
            return answer.apply(rollouts.saveTasks(loaded, command.apply(rollout)), rollout);
        }));
    }

    /** A task change only those who may change the rollout may make. */
    <T, V> V changeTasks(String rolloutId, Function<Rollout, Changed<T>> command,
                         BiFunction<T, Rollout, V> answer) {
        return changeTasks(rolloutId, rollout -> access.check(rolloutId, RolloutAccess.Action.CHANGE), command,
                answer);
    }

    /**
     * The rollout as those who may change it read it to try a change out (a preview): the caller may change it in
     * memory, and nothing is stored since the object is never saved.
     */
    Rollout readToChange(String rolloutId) {
        Rollout rollout = rollouts.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        return rollout;
    }

    Rollout read(String rolloutId) {
        Rollout rollout = rollouts.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return rollout;
    }

    /** One task of the plan, read without the rest of it. */
    Rollouts.TaskAt readTask(String rolloutId, String taskId) {
        Rollouts.TaskAt task = rollouts.task(rolloutId, taskId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return task;
    }

    boolean mayChange(String rolloutId) {
        return access.may(rolloutId, RolloutAccess.Action.CHANGE);
    }
}
