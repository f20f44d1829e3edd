package org.golive.planning.resource;

import org.golive.planning.rollout.GoLiveMoves;
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

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Writes a recorded promotion rollout by rollout: each go-live move in one write of that rollout's plan with its
 * events (one an earlier attempt wrote is not written again), then the scenario notes the rollout done. A promotion
 * left unfinished is taken up by the sweep once nobody touched it for {@code golive.resources.levelling.stalled-after},
 * like a levelling run.
 */
@Component
class ScenarioPromotions {

    private static final Logger log = LoggerFactory.getLogger(ScenarioPromotions.class);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final GoLiveMoves moves;
    private final Clock clock;
    private final Duration stalledAfter;

    ScenarioPromotions(AggregateStore store, MongoTemplate mongo, GoLiveMoves moves, Clock clock,
                       @Value("${golive.resources.levelling.stalled-after:PT1M}") Duration stalledAfter) {
        this.store = store;
        this.mongo = mongo;
        this.moves = moves;
        this.clock = clock;
        this.stalledAfter = stalledAfter;
    }

    /** Writes what is left of the promotion; a failure leaves it for the sweep and answers the scenario as stored. */
    WaveScenario drive(WaveScenario scenario) {
        WaveScenario current = scenario;
        try {
            for (WaveScenario.Move move : current.pending()) {
                GoLiveMoves.Outcome outcome = moves.move(move.rolloutId(), move.version(), move.from(), move.to(),
                        "Scenario " + current.name() + " promoted");
                Changed<WaveScenario.Status> done = current.rolloutDone(move.rolloutId(),
                        outcome == GoLiveMoves.Outcome.REFUSED, clock.instant());
                current = store.update(current, done.events());
            }
            return current;
        } catch (OptimisticLockingFailureException other) {
            log.info("Promotion of scenario {} driven by someone else meanwhile", scenario.id());
        } catch (RuntimeException failed) {
            log.warn("Promotion of scenario {} stopped; the sweep resumes it: {}", scenario.id(), failed.toString());
        }
        return store.find(WaveScenario.class, scenario.id()).orElse(current);
    }

    @Scheduled(fixedDelayString = "${golive.resources.levelling.sweep-every:PT30S}")
    void resumeStalled() {
        List<WaveScenario> stalled = mongo.find(query(where("status").is(WaveScenario.Status.PROMOTING.name())
                .and("touchedAt").lt(clock.instant().minus(stalledAfter))), WaveScenario.class);
        stalled.forEach(this::drive);
    }
}
