package org.golive.planning.template;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.problem.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;

@Repository
public class PlanTemplates {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    PlanTemplates(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    public PlanTemplate get(String id) {
        return store.find(PlanTemplate.class, id).orElseThrow(() -> new NotFoundException("Plan template", id));
    }

    List<PlanTemplate> all() {
        return mongo.find(new Query().with(Sort.by("name")), PlanTemplate.class);
    }

    PlanTemplate add(PlanTemplate template) {
        return store.insert(template, List.of());
    }

    PlanTemplate save(PlanTemplate template) {
        return store.update(template, List.of());
    }
}
