package org.golive.planning.rollout;

import org.golive.planning.plan.Rescheduled;
import org.golive.platform.outbox.ConcurrentChanges;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Go-live moves made for the program rather than by a caller on one rollout (a scenario promoted): the plan's own
 * move with its events, tried out in memory or written, each rollout in one write. No access check here: these
 * endpoints are the PMO's, and a resumed promotion has no caller.
 */
@Service
public class GoLiveMoves {

    /** What a move wrote: {@code MOVED}, {@code ALREADY} (an earlier attempt wrote it) or {@code REFUSED}. */
    public enum Outcome { MOVED, ALREADY, REFUSED }

    private final Rollouts rollouts;
    private final RolloutLocks locks;
    private final Clock clock;

    GoLiveMoves(Rollouts rollouts, RolloutLocks locks, Clock clock) {
        this.rollouts = rollouts;
        this.locks = locks;
        this.clock = clock;
    }

    /** The rollout moved in memory only: its tasks' new dates; nothing is stored. */
    public Optional<Rescheduled> tryOut(String rolloutId, LocalDate newDate) {
        Rollout rollout = rollouts.get(rolloutId); // this call's own copy: moving it changes no one else's
        if (rollout.sitePlan().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rollout.moveGoLive(newDate, "scenario", clock.instant()).result());
    }

    /**
     * Moves the go-live from {@code from} to {@code to} when the rollout is still at {@code version}; a rollout
     * already at {@code to} is taken as written by an earlier attempt, one changed otherwise is refused.
     */
    public Outcome move(String rolloutId, long version, LocalDate from, LocalDate to, String reason) {
        return locks.serialized(rolloutId, () -> ConcurrentChanges.retry(() -> {
            Rollouts.Loaded loaded = rollouts.load(rolloutId);
            Rollout rollout = loaded.rollout();
            if (rollout.goLiveDate().equals(to)) {
                return Outcome.ALREADY;
            }
            if (rollout.version() != version || !rollout.goLiveDate().equals(from)) {
                return Outcome.REFUSED;
            }
            rollouts.save(loaded, rollout.moveGoLive(to, reason, clock.instant()));
            return Outcome.MOVED;
        }));
    }
}
