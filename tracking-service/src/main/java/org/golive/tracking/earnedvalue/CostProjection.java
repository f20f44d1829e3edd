package org.golive.tracking.earnedvalue;

import org.bson.Document;
import org.golive.contract.budget.ActualRecorded;
import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetChangeDecided;
import org.golive.contract.budget.BudgetClosed;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.budget.BudgetReturned;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.intake.RebuiltProjection;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps, per rollout, what earned value needs from budget's events: each budget's status and approved total (the
 * budget at completion is the sum of the approved ones) and every actual cost. Each budget is its own event source;
 * every effect sets only fields of its own budget or its own transaction, so budgets' events may interleave in any
 * order with each other and with planning's.
 */
@Component
@Order(3)
class CostProjection implements RebuiltProjection {

    static final String COSTS = "evm_costs";

    private final AppliedEvents applied;
    private final ReadModels readModels;

    CostProjection(AppliedEvents applied, ReadModels readModels) {
        this.applied = applied;
        this.readModels = readModels;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions
                .on(BudgetOpened.class, (event, budget) -> budget(event, budget.rolloutId(), budget.budgetId(),
                        new Update().set(path(budget.budgetId(), "status"), "DRAFT")
                                .set(path(budget.budgetId(), "currency"), budget.currency())))
                .on(BudgetSubmitted.class, (event, budget) -> status(event, budget.rolloutId(), budget.budgetId(),
                        "SUBMITTED"))
                .on(BudgetApproved.class, (event, budget) -> budget(event, budget.rolloutId(), budget.budgetId(),
                        new Update().set(path(budget.budgetId(), "status"), "APPROVED")
                                .set(path(budget.budgetId(), "currency"), budget.currency())
                                .set(path(budget.budgetId(), "total"), budget.total())))
                .on(BudgetReturned.class, (event, budget) -> status(event, budget.rolloutId(), budget.budgetId(),
                        "DRAFT"))
                .on(BudgetClosed.class, (event, budget) -> status(event, budget.rolloutId(), budget.budgetId(),
                        "CLOSED"))
                .on(BudgetChangeDecided.class, this::changeDecided)
                .on(ActualRecorded.class, this::actualRecorded);
    }

    private void status(IncomingEvent event, String rolloutId, String budgetId, String status) {
        budget(event, rolloutId, budgetId, new Update().set(path(budgetId, "status"), status));
    }

    private void changeDecided(IncomingEvent event, BudgetChangeDecided decided) {
        if ("APPROVED".equals(decided.decision()) && decided.total() != null) {
            budget(event, decided.rolloutId(), decided.budgetId(),
                    new Update().set(path(decided.budgetId(), "total"), decided.total()));
        }
    }

    private void actualRecorded(IncomingEvent event, ActualRecorded actual) {
        String key = CostDocuments.key(actual.budgetId() + "/" + actual.transactionId());
        applied.apply(event, readModels.collection(COSTS), actual.rolloutId(), new Update().set("actuals." + key,
                new Document("amount", actual.amount()).append("currency", actual.currency())
                        .append("date", actual.date() == null ? null : actual.date().toString())));
    }

    private void budget(IncomingEvent event, String rolloutId, String budgetId, Update update) {
        applied.apply(event, readModels.collection(COSTS), rolloutId, update);
    }

    private static String path(String budgetId, String field) {
        return "budgets." + CostDocuments.key(budgetId) + "." + field;
    }
}
