package org.golive.tracking.portfolio;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.Topics;
import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetClosed;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.budget.BudgetReturned;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.ProgramUpdated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.WaveCreated;
import org.golive.contract.planning.WaveUpdated;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.EventIntake;
import org.golive.tracking.audit.AuditTrail;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds planning's and budget's events into the audit trail and the portfolio projection (who manages each rollout
 * the platform records itself).
 */
@Component
class PortfolioListeners {

    static final String PLANNING_LISTENER = "tracking-planning-events";
    static final String BUDGET_LISTENER = "tracking-budget-events";

    private final EventHandlers handlers;
    private final AuditTrail audit;

    PortfolioListeners(PortfolioProjection projection, AuditTrail audit, EventIntake intake) {
        this.audit = audit;
        this.handlers = intake.handlers()
                .on(ProgramCreated.class, projection::programCreated)
                .on(WaveCreated.class, projection::waveCreated)
                .on(RolloutCreated.class, projection::rolloutCreated)
                .on(ProgramUpdated.class, projection::programUpdated)
                .on(WaveUpdated.class, projection::waveUpdated)
                .on(RolloutUpdated.class, projection::rolloutUpdated)
                .on(GoLiveRescheduled.class, projection::goLiveRescheduled)
                .on(BudgetOpened.class, projection::budgetOpened)
                .on(BudgetSubmitted.class, (event, budget) -> projection.budgetStatus(event, budget.rolloutId(),
                        budget.budgetId(), "SUBMITTED", budget.total()))
                .on(BudgetApproved.class, (event, budget) -> projection.budgetStatus(event, budget.rolloutId(),
                        budget.budgetId(), "APPROVED", budget.total()))
                .on(BudgetReturned.class, (event, budget) -> projection.budgetStatus(event, budget.rolloutId(),
                        budget.budgetId(), "DRAFT", null))
                .on(BudgetClosed.class, (event, budget) -> projection.budgetStatus(event, budget.rolloutId(),
                        budget.budgetId(), "CLOSED", null))
                .build();
    }

    @KafkaListener(id = PLANNING_LISTENER, idIsGroup = false, topics = Topics.PLANNING)
    void onPlanning(ConsumerRecord<String, byte[]> record) {
        audit.record(record);
        handlers.handle(record);
    }

    @KafkaListener(id = BUDGET_LISTENER, idIsGroup = false, topics = Topics.BUDGET)
    void onBudget(ConsumerRecord<String, byte[]> record) {
        audit.record(record);
        handlers.handle(record);
    }
}
