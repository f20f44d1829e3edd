package org.golive.planning.rollout;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.security.RolloutManagerLookup;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

@Repository
public class Rollouts implements RolloutManagerLookup {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    Rollouts(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    public Rollout get(String id) {
        return store.find(Rollout.class, id).orElseThrow(() -> new NotFoundException("Rollout", id));
    }

    List<Rollout> ofProgram(String programId) {
        Query query = query(where("programId").is(programId)).with(Sort.by("goLiveDate", "siteName"));
        query.fields().exclude("plan", "outbox");
        return mongo.find(query, Rollout.class);
    }

    @Override
    public Optional<String> managerOf(String rolloutId) {
        Query query = query(where("_id").is(rolloutId));
        query.fields().include("projectManager");
        return Optional.ofNullable(mongo.findOne(query, Rollout.class)).map(Rollout::projectManager);
    }

    @Override
    public Set<String> rolloutsManagedBy(String username) {
        Query query = query(where("projectManager").is(username));
        query.fields().include("_id");
        return mongo.find(query, Rollout.class).stream()
                .map(Rollout::id).collect(Collectors.toSet());
    }

    Rollout add(Rollout.Created created) {
        return store.insert(created.rollout(), List.of(created.event()));
    }

    /** Stores a change with its events; nothing at all when the change raised none (an idempotent repeat). */
    <T> T save(Rollout rollout, Rollout.Changed<T> changed) {
        if (!changed.events().isEmpty()) {
            store.update(rollout, changed.events());
        }
        return changed.result();
    }
}
