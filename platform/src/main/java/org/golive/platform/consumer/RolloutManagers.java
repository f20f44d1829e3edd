package org.golive.platform.consumer;

import org.golive.platform.security.RolloutManagerLookup;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.bson.Document;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Who manages which rollout, learned from planning's rollout events (never by calling planning), kept in this
 * service's own database for its object-level checks.
 */
public class RolloutManagers implements RolloutManagerLookup {

    static final String COLLECTION = "rollout_managers";

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    public RolloutManagers(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
    }

    /** Records the manager a rollout event names (null: nobody manages it yet). */
    public void record(IncomingEvent event, String rolloutId, String manager) {
        applied.apply(event, COLLECTION, rolloutId, new Update().set("manager", manager));
    }

    @Override
    public Optional<String> managerOf(String rolloutId) {
        Document found = mongo.findById(rolloutId, Document.class, COLLECTION);
        return Optional.ofNullable(found == null ? null : found.getString("manager"));
    }

    @Override
    public Set<String> rolloutsManagedBy(String username) {
        return mongo.find(query(where("manager").is(username)), Document.class, COLLECTION).stream()
                .map(d -> d.getString("_id")).collect(Collectors.toSet());
    }
}
