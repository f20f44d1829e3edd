package org.golive.budget.impact;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

@Repository
class FiscalPlans {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    FiscalPlans(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    Optional<FiscalPlan> find(String rolloutId) {
        return store.find(FiscalPlan.class, rolloutId);
    }

    /**
     * Stores the plan with its event: inserted the first time (a concurrent first save is a duplicate key, 409),
     * updated at the version it was read at afterwards.
     */
    FiscalPlan save(Changed<FiscalPlan> revised) {
        FiscalPlan plan = revised.result();
        return plan.version() == null ? store.insert(plan, revised.events()) : store.update(plan, revised.events());
    }

    List<FiscalPlan> ofRollouts(Collection<String> rolloutIds) {
        return mongo.find(query(where("_id").in(rolloutIds)), FiscalPlan.class);
    }
}
