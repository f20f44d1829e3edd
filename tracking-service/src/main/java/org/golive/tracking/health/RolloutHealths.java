package org.golive.tracking.health;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Rollouts' health, stored with the events a change raised in one write. */
@Component
class RolloutHealths {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    RolloutHealths(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    Optional<RolloutHealth> find(String rolloutId) {
        return store.find(RolloutHealth.class, rolloutId);
    }

    /** The healths of these rollouts, in one read; those never judged left out. */
    Map<String, RolloutHealth> findAll(Collection<String> rolloutIds) {
        Map<String, RolloutHealth> found = new HashMap<>();
        mongo.find(query(where("_id").in(List.copyOf(rolloutIds))), RolloutHealth.class)
                .forEach(health -> found.put(health.id(), health));
        return found;
    }

    void insert(Changed<RolloutHealth> judged) {
        store.insert(judged.result(), judged.events());
    }

    void update(Changed<RolloutHealth> judged) {
        store.update(judged.result(), judged.events());
    }

    /** Healths whose figures moved and that raised no event, in one write; false if one was stored meanwhile. */
    boolean updateAll(List<RolloutHealth> judged) {
        return store.updateAll(judged);
    }
}
