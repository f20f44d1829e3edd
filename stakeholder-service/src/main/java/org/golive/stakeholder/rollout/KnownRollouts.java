package org.golive.stakeholder.rollout;

import org.bson.Document;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The rollouts this service knows, as planning announced them. Learned from events only, never by asking planning,
 * so the register keeps working while planning is down; a rollout planning has just created may therefore be
 * unknown here for a moment.
 */
@Component
public class KnownRollouts {

    static final String COLLECTION = "known_rollouts";

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    KnownRollouts(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
    }

    /** Idempotent: a redelivered RolloutCreated changes nothing. */
    void learn(IncomingEvent event, RolloutCreated rollout) {
        applied.apply(event, COLLECTION, rollout.rolloutId(), new Update()
                .set("programId", rollout.programId())
                .set("siteName", rollout.siteName()));
    }

    void learn(IncomingEvent event, RolloutUpdated rollout) {
        applied.apply(event, COLLECTION, rollout.rolloutId(), new Update().set("siteName", rollout.siteName()));
    }

    public boolean knows(String rolloutId) {
        return mongo.exists(query(where("_id").is(rolloutId)), COLLECTION);
    }

    /** The ids among {@code rolloutIds} that planning has not announced (yet), in the order given. */
    public Set<String> unknownAmong(Collection<String> rolloutIds) {
        Set<String> unknown = new LinkedHashSet<>(rolloutIds);
        if (unknown.isEmpty()) {
            return unknown;
        }
        Query known = query(where("_id").in(unknown));
        known.fields().include("_id");
        mongo.find(known, Document.class, COLLECTION).forEach(d -> unknown.remove(d.getString("_id")));
        return unknown;
    }
}
