package org.golive.platform.consumer;

import org.bson.Document;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.platform.security.RolloutManagerLookup;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The rollouts this service knows and who manages each, learned from planning's rollout events (never by calling
 * planning), kept in this service's own database for its object-level checks. The platform feeds it from every
 * planning event a service consumes through {@link EventHandlers}: services write no code for it. Learned from
 * events only, so a rollout planning has just created may be unknown here for a moment.
 */
public class RolloutManagers implements RolloutManagerLookup {

    static final String COLLECTION = "rollout_managers";

    private final MongoTemplate mongo;
    private final AppliedEvents applied;
    private final EventHandlers projection;

    public RolloutManagers(MongoTemplate mongo, AppliedEvents applied, JsonMapper json) {
        this.mongo = mongo;
        this.applied = applied;
        // A new project manager takes over the site's access at once; the former one loses it.
        this.projection = EventHandlers.builder(json)
                .on(RolloutCreated.class, (event, rollout) ->
                        record(event, rollout.rolloutId(), rollout.programId(), rollout.projectManager()))
                .on(RolloutUpdated.class, (event, rollout) ->
                        record(event, rollout.rolloutId(), rollout.programId(), rollout.projectManager()))
                .build();
    }

    EventHandlers projection() {
        return projection;
    }

    /** Records the manager a rollout event names (null: nobody manages it yet). */
    private void record(IncomingEvent event, String rolloutId, String programId, String manager) {
        applied.apply(event, COLLECTION, rolloutId, new Update().set("programId", programId).set("manager", manager));
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
