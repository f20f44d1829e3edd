package org.golive.tracking.portfolio;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.Topics;
import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetClosed;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.budget.BudgetReturned;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.ProgramUpdated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.TaskCreated;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.contract.planning.TaskUpdated;
import org.golive.contract.planning.WaveCreated;
import org.golive.contract.planning.WaveUpdated;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.EventIntake;
import org.golive.tracking.audit.AuditTrail;
import org.golive.tracking.readiness.ReadinessFeed;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds planning's and budget's events into the audit trail, the portfolio projection and the readiness scorecards
 * (who manages each rollout the platform records itself). One listener per topic: the intake's ledger sees each event
 * once, and every read model that needs it gets it from here.
 */
@Component
class PortfolioListeners {

    static final String PLANNING_LISTENER = "tracking-planning-events";
    static final String BUDGET_LISTENER = "tracking-budget-events";

    private final EventHandlers handlers;
    private final AuditTrail audit;

    PortfolioListeners(PortfolioProjection projection, ReadinessFeed readiness, AuditTrail audit,
                       EventIntake intake) {
        this.audit = audit;
        this.handlers = intake.handlers()
                .on(ProgramCreated.class, projection::programCreated)
                .on(WaveCreated.class, projection::waveCreated)
                .on(RolloutCreated.class, projection::rolloutCreated)
                .on(ProgramUpdated.class, projection::programUpdated)
                .on(WaveUpdated.class, projection::waveUpdated)
                .on(RolloutUpdated.class, projection::rolloutUpdated)
                .on(GoLiveRescheduled.class, (event, moved) -> {
                    projection.goLiveRescheduled(event, moved);
                    readiness.goLiveRescheduled(event, moved);
                })
                .on(PlanInstantiated.class, readiness::planInstantiated)
                .on(TaskCreated.class, readiness::taskCreated)
                .on(TaskUpdated.class, readiness::taskUpdated)
                .on(TaskStatusChanged.class, readiness::taskStatusChanged)
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
