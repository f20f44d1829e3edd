package org.golive.tracking.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.Topics;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.EventIntake;
import org.golive.tracking.audit.AuditTrail;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The one listener per topic: records each event in the audit trail, then hands it through the platform's intake
 * (ledger, idempotency) to every read model (who manages each rollout the platform records itself).
 */
@Component
public class TrackingListeners {

    static final String PLANNING_LISTENER = "tracking-planning-events";
    static final String BUDGET_LISTENER = "tracking-budget-events";
    static final String STAKEHOLDER_LISTENER = "tracking-stakeholder-events";

    private final EventHandlers handlers;
    private final AuditTrail audit;

    TrackingListeners(List<Projection> projections, AuditTrail audit, EventIntake intake) {
        this.audit = audit;
        Subscriptions subscriptions = new Subscriptions();
        projections.forEach(projection -> projection.subscribe(subscriptions));
        this.handlers = subscriptions.build(intake);
    }

    @KafkaListener(id = PLANNING_LISTENER, idIsGroup = false, topics = Topics.PLANNING)
    public void onPlanning(ConsumerRecord<String, byte[]> record) {
        audit.record(record);
        handlers.handle(record);
    }

    @KafkaListener(id = BUDGET_LISTENER, idIsGroup = false, topics = Topics.BUDGET)
    public void onBudget(ConsumerRecord<String, byte[]> record) {
        audit.record(record);
        handlers.handle(record);
    }

    @KafkaListener(id = STAKEHOLDER_LISTENER, idIsGroup = false, topics = Topics.STAKEHOLDER)
    public void onStakeholder(ConsumerRecord<String, byte[]> record) {
        audit.record(record);
        handlers.handle(record);
    }
}
