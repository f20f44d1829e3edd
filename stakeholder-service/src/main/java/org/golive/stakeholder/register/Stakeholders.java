package org.golive.stakeholder.register;

import org.golive.platform.consumer.RolloutManagers;
import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.stakeholder.rollout.Programs;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The stored register; every write stores a stakeholder with the events its change raised. Public for the features
 * beside it (communications resolve their audience with {@link #find(RegisterQuery)}).
 */
@Repository
public class Stakeholders {

    private static final Comparator<Stakeholder> BY_NAME =
            Comparator.comparing(Stakeholder::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Stakeholder::id);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final RolloutManagers rollouts;
    private final Programs programs;

    Stakeholders(AggregateStore store, MongoTemplate mongo, RolloutManagers rollouts, Programs programs) {
        this.store = store;
        this.mongo = mongo;
        this.rollouts = rollouts;
        this.programs = programs;
    }

    public Stakeholder get(String id) {
        return store.find(Stakeholder.class, id).orElseThrow(() -> new NotFoundException("Stakeholder", id));
    }

    /** The stakeholders among {@code ids} that are not in the register, in the order given. */
    public List<String> unknownAmong(List<String> ids) {
        Set<String> known = new java.util.HashSet<>();
        Query found = query(where("_id").in(ids));
        found.fields().include("_id");
        mongo.find(found, org.bson.Document.class, mongo.getCollectionName(Stakeholder.class))
                .forEach(d -> known.add(d.getString("_id")));
        return ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    }

    /**
     * The stakeholders the query asks for, by name (case aside). Scope and named ids are asked of the database, the
     * computed filters (quadrant, gap) checked here: a rollout or program has tens to hundreds of stakeholders.
     *
     * @throws NotFoundException when the rollout or program is unknown here
     */
    public List<Stakeholder> find(RegisterQuery question) {
        Criteria scope;
        if (question.rolloutId() != null) {
            if (!rollouts.knows(question.rolloutId())) {
                throw new NotFoundException("Rollout", question.rolloutId());
            }
            scope = where("rolloutIds").is(question.rolloutId());
        } else {
            if (!programs.knows(question.programId())) {
                throw new NotFoundException("Program", question.programId());
            }
            scope = new Criteria().orOperator(where("programIds").is(question.programId()),
                    where("rolloutIds").in(programs.rolloutsOf(question.programId())));
        }
        List<Criteria> all = new ArrayList<>(List.of(scope));
        if (!question.stakeholderIds().isEmpty()) {
            all.add(where("_id").in(question.stakeholderIds()));
        }
        if (!question.roleGroups().isEmpty()) {
            all.add(where("roleGroup").in(question.roleGroups().stream().map(Enum::name).toList()));
        }
        return mongo.find(query(new Criteria().andOperator(all)), Stakeholder.class).stream()
                .filter(question::admits).sorted(BY_NAME).toList();
    }

    /** Sorted by name in memory, case-insensitively: a rollout has tens of stakeholders, not thousands. */
    List<Stakeholder> onRollout(String rolloutId) {
        return find(RegisterQuery.onRollout(rolloutId));
    }

    Stakeholder register(Stakeholder.Profile profile, Instant now) {
        Changed<Stakeholder> registered = Stakeholder.register(profile, now);
        requireKnown(registered.result().rolloutIds());
        requireKnownPrograms(registered.result().programIds());
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
        requireKnownPrograms(stakeholder.programIds());
        return store.update(stakeholder, revised.events());
    }

    private void requireKnownPrograms(List<String> programIds) {
        List<String> unknown = programIds.stream().filter(id -> !programs.knows(id)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("programIds", "Unknown programs: " + String.join(", ", unknown)
                    + ". A stakeholder can only be linked to programs planning has announced.");
        }
    }

    private void requireKnown(List<String> rolloutIds) {
        Set<String> unknown = rollouts.unknownAmong(rolloutIds);
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("rolloutIds", "Unknown rollouts: " + String.join(", ", unknown)
                    + ". A stakeholder can only be linked to rollouts planning has announced.");
        }
    }
}
