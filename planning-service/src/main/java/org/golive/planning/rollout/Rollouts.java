package org.golive.planning.rollout;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.security.RolloutManagerLookup;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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
        return mongo.find(query(where("programId").is(programId)).with(Sort.by("goLiveDate", "siteName")),
                Rollout.class);
    }

    @Override
    public Optional<String> managerOf(String rolloutId) {
        return store.find(Rollout.class, rolloutId).map(Rollout::projectManager);
    }

    @Override
    public Set<String> rolloutsManagedBy(String username) {
        return mongo.find(query(where("projectManager").is(username)), Rollout.class).stream()
                .map(Rollout::id).collect(Collectors.toSet());
    }

    Rollout add(Rollout.Created created) {
        return store.insert(created.rollout(), List.of(created.event()));
    }
}
