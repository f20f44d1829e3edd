package org.golive.planning.resource;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Computes a rollout's labour cost again after its assignments or its assigned tasks' dates changed (one rollout), or
 * the pool's rates or roles changed (every rollout of the program with assignments), and stores it with its event
 * when it changed. Like the capacity view it is a second write after the change that caused it: a crash in between
 * leaves the cost stale until the next change of that rollout.
 */
@Component
class LabourCostRefresh {

    private static final Logger log = LoggerFactory.getLogger(LabourCostRefresh.class);
    private static final int ATTEMPTS = 5;

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Resources resources;
    private final PoolSettings settings;
    private final Clock clock;

    LabourCostRefresh(AggregateStore store, MongoTemplate mongo, Resources resources, PoolSettings settings,
                      Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.resources = resources;
        this.settings = settings;
        this.clock = clock;
    }

    void rollout(String rolloutId) {
        Optional<RolloutAssignments> assigned = store.find(RolloutAssignments.class, rolloutId);
        assigned.ifPresent(document -> refresh(document, rated(document.programId())));
    }

    void program(String programId) {
        Map<String, LabourCostCalculator.Rated> pool = rated(programId);
        mongo.find(query(where("programId").is(programId)), RolloutAssignments.class)
                .forEach(document -> refresh(document, pool));
    }

    private Map<String, LabourCostCalculator.Rated> rated(String programId) {
        return resources.pool(programId).stream()
                .collect(Collectors.toMap(Resource::id, LabourCostCalculator.Rated::of, (a, b) -> a));
    }

    /** Each attempt computes from the assignments stored then, so a lost race never writes an older cost. */
    private void refresh(RolloutAssignments first, Map<String, LabourCostCalculator.Rated> pool) {
        String rolloutId = first.id();
        String programId = first.programId();
        RolloutAssignments document = first;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (attempt > 1) {
                    document = store.find(RolloutAssignments.class, rolloutId).orElse(first);
                }
                var months = LabourCostCalculator.compute(document.demand(), pool, settings.currency());
                Optional<LabourCost> stored = store.find(LabourCost.class, rolloutId);
                LabourCost cost = stored.orElseGet(() -> LabourCost.open(rolloutId, programId,
                        settings.currency().getCurrencyCode()));
                Changed<Boolean> changed = cost.recompute(months, clock.instant());
                if (stored.isEmpty()) {
                    store.insert(cost, changed.events());
                } else if (changed.result()) {
                    store.update(cost, changed.events());
                }
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                log.debug("Labour cost of rollout {} written by someone else meanwhile; again ({})", rolloutId,
                        attempt);
            }
        }
        log.warn("Labour cost of rollout {} not stored after {} attempts; its next change computes it again",
                rolloutId, ATTEMPTS);
    }

    /** The stored cost of a rollout, for reading. */
    Optional<LabourCost> find(String rolloutId) {
        return store.find(LabourCost.class, rolloutId);
    }
}
