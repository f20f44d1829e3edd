package org.golive.planning.rollout;

import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.platform.security.RolloutAccess;
import org.springframework.stereotype.Service;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a change to a rollout and its plan and stores it with its events. A plan is one document, so two people
 * changing different tasks at the same moment collide on the document's version: the loser is replayed on the
 * fresh state (each task's own revision still refuses a stale edit of the same task).
 */
@Service
class PlanCommands {

    private final Rollouts rollouts;
    private final RolloutAccess access;

    PlanCommands(Rollouts rollouts, RolloutAccess access) {
        this.rollouts = rollouts;
        this.access = access;
    }

    /** A change only those who may change the rollout (its project manager, the PMO) may make. */
    <T> T change(String rolloutId, Function<Rollout, Rollout.Changed<T>> command) {
        return change(rolloutId, rollout -> access.check(rolloutId, RolloutAccess.Action.CHANGE), command);
    }

    /** A change whose permission depends on the rollout's state (a contributor's own task): {@code guard} decides. */
    <T> T change(String rolloutId, Consumer<Rollout> guard, Function<Rollout, Rollout.Changed<T>> command) {
        return ConcurrentChanges.retry(() -> {
            Rollout rollout = rollouts.get(rolloutId);
            guard.accept(rollout);
            return rollouts.save(rollout, command.apply(rollout));
        });
    }

    Rollout read(String rolloutId) {
        Rollout rollout = rollouts.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return rollout;
    }

    boolean mayChange(String rolloutId) {
        return access.may(rolloutId, RolloutAccess.Action.CHANGE);
    }
}
