package org.golive.stakeholder.register;

import org.golive.platform.consumer.RolloutManagers;
import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The stored register; every write stores a stakeholder with the events its change raised (none yet). */
@Repository
class Stakeholders {

    private static final Comparator<Stakeholder> BY_NAME =
            Comparator.comparing(Stakeholder::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Stakeholder::id);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final RolloutManagers rollouts;

    Stakeholders(AggregateStore store, MongoTemplate mongo, RolloutManagers rollouts) {
        this.store = store;
        this.mongo = mongo;
        this.rollouts = rollouts;
    }

    Stakeholder get(String id) {
        return store.find(Stakeholder.class, id).orElseThrow(() -> new NotFoundException("Stakeholder", id));
    }

    /** Sorted by name in memory, case-insensitively: a rollout has tens of stakeholders, not thousands. */
    List<Stakeholder> onRollout(String rolloutId) {
        if (!rollouts.knows(rolloutId)) {
            throw new NotFoundException("Rollout", rolloutId);
        }
        return mongo.find(query(where("rolloutIds").is(rolloutId)), Stakeholder.class).stream()
                .sorted(BY_NAME).toList();
    }

    Stakeholder register(Stakeholder.Profile profile, Instant now) {
        Changed<Stakeholder> registered = Stakeholder.register(profile, now);
        requireKnown(registered.result().rolloutIds());
        return store.insert(registered.result(), registered.events());
    }

    /**
     * Revises the stakeholder as the client saw it at {@code readVersion}, linking it to a new rollout only where
     * {@code mayChangeLink} allows and keeping every link it does not allow the caller to change. The version of a loaded aggregate is the
     * store's to set, so the client's version is compared with the loaded one here, and {@link AggregateStore#update}
     * then writes only if the stored version is still the loaded one: together, a write conditional on the version
     * the client read.
     */
    Stakeholder revise(String id, long readVersion, Stakeholder.Profile profile, Predicate<String> mayChangeLink,
                       Instant now) {
        Stakeholder stakeholder = get(id);
        if (stakeholder.version() != readVersion) {
            throw new OptimisticLockingFailureException("Stakeholder " + id + " was changed by someone else (you read"
                    + " version " + readVersion + ", it is at version " + stakeholder.version()
                    + "); reload it and try again");
        }
        if (profile.rolloutIds() != null) {
            profile.rolloutIds().stream()
                    .filter(rolloutId -> !stakeholder.rolloutIds().contains(rolloutId) && !mayChangeLink.test(rolloutId))
                    .findFirst().ifPresent(rolloutId -> {
                        throw new ForbiddenException("You do not manage rollout " + rolloutId);
                    });
        }
        Changed<Stakeholder> revised = stakeholder.revise(profile, mayChangeLink, now);
        requireKnown(stakeholder.rolloutIds());
        return store.update(stakeholder, revised.events());
    }

    private void requireKnown(List<String> rolloutIds) {
        Set<String> unknown = rollouts.unknownAmong(rolloutIds);
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("rolloutIds", "Unknown rollouts: " + String.join(", ", unknown)
                    + ". A stakeholder can only be linked to rollouts planning has announced.");
        }
    }
}
