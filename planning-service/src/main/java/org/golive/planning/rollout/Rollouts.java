package org.golive.planning.rollout;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.problem.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

@Repository
public class Rollouts {

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

    Rollout add(Rollout.Created created) {
        return store.insert(created.rollout(), List.of(created.event()));
    }
}
