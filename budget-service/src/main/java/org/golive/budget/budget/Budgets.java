package org.golive.budget.budget;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

@Repository
public class Budgets {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    Budgets(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    /** Stores a newly opened budget; false if it had been opened before (the same rollout and fiscal year). */
    public boolean open(Changed<Budget> opened) {
        try {
            store.insert(opened.result(), opened.events());
            return true;
        } catch (DuplicateKeyException alreadyOpen) {
            return false;
        }
    }

    public Budget save(Budget budget, List<RaisedEvent> events) {
        return store.update(budget, events);
    }

    /** Stores a changed budget with the events the change raised. */
    public Budget save(Changed<Budget> changed) {
        return save(changed.result(), changed.events());
    }

    /** Whether budget has heard of the program: a rollout of it was announced. */
    public boolean knowsProgram(String programId) {
        return mongo.exists(query(where("programId").is(programId)), Budget.class);
    }

    public Budget get(String budgetId) {
        return store.find(Budget.class, budgetId).orElseThrow(() -> new NotFoundException("Budget", budgetId));
    }

    public List<Budget> ofRollout(String rolloutId) {
        return mongo.find(query(where("rolloutId").is(rolloutId)).with(Sort.by("fiscalYear")), Budget.class);
    }

    /** Every budget of a program, of each site and fiscal year. */
    public List<Budget> ofProgram(String programId) {
        return mongo.find(query(where("programId").is(programId)).with(Sort.by("fiscalYear", "id")), Budget.class);
    }

    /** The budgets of a rollout that finance approved, closed ones included: what its implementation may spend. */
    public List<Budget> approvedOfRollout(String rolloutId) {
        return mongo.find(query(where("rolloutId").is(rolloutId)
                .and("status").in(BudgetStatus.APPROVED, BudgetStatus.CLOSED)).with(Sort.by("fiscalYear")),
                Budget.class);
    }
}
