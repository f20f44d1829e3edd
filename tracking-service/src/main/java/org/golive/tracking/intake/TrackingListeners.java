package org.golive.tracking.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.Topics;
import org.golive.platform.consumer.EventIntake;
import org.golive.platform.consumer.RecordObservation;
import org.golive.tracking.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The one listener per topic, taking a poll's records as one batch ({@link LiveBatch}): records each event in the audit
 * trail, hands it through the platform's intake (ledger, idempotency) to every read model (who manages each rollout
 * the platform records itself), writes what the batch changed once per document, then judges each rollout once. A
 * poll's writes go in parts of at most {@code golive.tracking.live.writes-per-part} (20,000: ten 2,000-task plans),
 * so that a backlog of large plans is not one bulk of hundreds of thousands of writes held in memory.
 */
@Component
public class TrackingListeners {

    static final String PLANNING_LISTENER = "tracking-planning-events";
    static final String BUDGET_LISTENER = "tracking-budget-events";
    static final String STAKEHOLDER_LISTENER = "tracking-stakeholder-events";

    private final LiveBatch batch;

    TrackingListeners(List<Projection> projections, AuditTrail audit, EventIntake intake, ReadModelWrites writes,
                      RecordObservation observation, ObjectProvider<MeterRegistry> meters,
                      @Value("${golive.tracking.live.writes-per-part:20000}") int writesPerPart) {
        Subscriptions subscriptions = new Subscriptions();
        projections.forEach(projection -> projection.subscribe(subscriptions));
        this.batch = new LiveBatch(subscriptions.build(intake), subscriptions, audit, writes, observation,
                new EventAges(meters.getIfAvailable(SimpleMeterRegistry::new), Clock.systemUTC()), writesPerPart);
    }

    @KafkaListener(id = PLANNING_LISTENER, idIsGroup = false, topics = Topics.PLANNING, batch = "true")
    public void onPlanning(List<ConsumerRecord<String, byte[]>> records) {
        batch.apply(PLANNING_LISTENER, records);
    }

    @KafkaListener(id = BUDGET_LISTENER, idIsGroup = false, topics = Topics.BUDGET, batch = "true")
    public void onBudget(List<ConsumerRecord<String, byte[]>> records) {
        batch.apply(BUDGET_LISTENER, records);
    }

    @KafkaListener(id = STAKEHOLDER_LISTENER, idIsGroup = false, topics = Topics.STAKEHOLDER, batch = "true")
    public void onStakeholder(List<ConsumerRecord<String, byte[]>> records) {
        batch.apply(STAKEHOLDER_LISTENER, records);
    }
}
