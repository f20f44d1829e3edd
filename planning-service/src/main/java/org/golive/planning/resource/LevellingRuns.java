package org.golive.planning.resource;

import org.golive.planning.rollout.GoLiveMoves;
import org.golive.planning.rollout.TaskDelays;
import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Writes a recorded levelling run rollout by rollout: a go-live the run moves first (the plan's own move with its
 * events, only on the rollout as the preview read it), then the rollout's delays in one write of its plan (skipping
 * those an earlier attempt wrote), then the run notes the rollout done. A run left unfinished (a crash, a failed write) is
 * taken up again by the sweep once nobody has touched it for {@code golive.resources.levelling.stalled-after}; two
 * instances driving one run write nothing twice (the plans' revisions and the run's version see to it).
 */
@Component
class LevellingRuns {

    private static final Logger log = LoggerFactory.getLogger(LevellingRuns.class);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final TaskDelays plans;
    private final GoLiveMoves goLives;
    private final Clock clock;
    private final Duration stalledAfter;

    LevellingRuns(AggregateStore store, MongoTemplate mongo, TaskDelays plans, GoLiveMoves goLives, Clock clock,
                  @Value("${golive.resources.levelling.stalled-after:PT1M}") Duration stalledAfter) {
        this.store = store;
        this.mongo = mongo;
        this.plans = plans;
        this.goLives = goLives;
        this.clock = clock;
        this.stalledAfter = stalledAfter;
    }

    Optional<LevellingRun> find(String runId) {
        return store.find(LevellingRun.class, runId);
    }

    /** Writes what is left of the run; a failure leaves it for the sweep and answers the run as stored. */
    LevellingRun drive(LevellingRun run) {
        LevellingRun current = run;
        try {
            for (LevellingRun.RolloutDelays rollout : current.pending()) {
                LevellingRun.GoLive goLive = rollout.goLive();
                boolean goLiveRefused = goLive != null && goLives.move(rollout.rolloutId(), goLive.version(),
                        goLive.from(), goLive.to(), "Levelling " + run.id() + " beyond float")
                        == GoLiveMoves.Outcome.REFUSED;
                List<String> refused = goLiveRefused
                        ? rollout.delays().stream().map(LevellingRun.PlannedDelay::taskId).toList()
                        : rollout.delays().isEmpty() ? List.of()
                        : plans.delay(rollout.rolloutId(), LevellingRun.writes(rollout));
                Changed<LevellingRun.Status> done = current.rolloutDone(rollout.rolloutId(), refused, goLiveRefused,
                        clock.instant());
                current = store.update(current, done.events());
            }
            return current;
        } catch (OptimisticLockingFailureException other) {
            log.info("Levelling run {} driven by someone else meanwhile", run.id());
        } catch (RuntimeException failed) {
            log.warn("Levelling run {} stopped; the sweep resumes it: {}", run.id(), failed.toString());
        }
        return find(run.id()).orElse(current);
    }

    /** Resumes the runs nobody has touched for a while: an instance that stopped midway. */
    @Scheduled(fixedDelayString = "${golive.resources.levelling.sweep-every:PT30S}")
    void resumeStalled() {
        List<LevellingRun> stalled = mongo.find(query(where("status").is(LevellingRun.Status.RUNNING.name())
                .and("touchedAt").lt(clock.instant().minus(stalledAfter))), LevellingRun.class);
        stalled.forEach(this::drive);
    }
}
