package org.golive.tracking.stakeholders;

import org.golive.contract.stakeholder.CommunicationAcknowledged;
import org.golive.contract.stakeholder.CommunicationDelivered;
import org.golive.contract.stakeholder.CommunicationSent;
import org.golive.contract.stakeholder.ConflictEscalated;
import org.golive.contract.stakeholder.ConflictRaised;
import org.golive.contract.stakeholder.ConflictResolved;
import org.golive.contract.stakeholder.ConflictUpdated;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.intake.RebuiltProjection;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps, per rollout, what the stakeholder dimension of health needs from stakeholder-service's events: each
 * conflict's severity and whether it was resolved, and each communication's deliveries and acknowledgements. Every
 * effect sets fields of one conflict or one recipient, under the event's (source, sequence) mark: a redelivered event
 * changes nothing and events of different conflicts or communications may interleave in any order. A program's
 * communications (no rollout id) belong to no rollout's health and are not kept.
 */
@Component
@Order(5)
class StakeholderProjection implements RebuiltProjection {

    static final String ENGAGEMENT = "stakeholder_engagement";

    private final AppliedEvents applied;
    private final ReadModels readModels;

    StakeholderProjection(AppliedEvents applied, ReadModels readModels) {
        this.applied = applied;
        this.readModels = readModels;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions
                .on(ConflictRaised.class, (event, raised) -> conflict(event, raised.rolloutId(), raised.conflictId(),
                        new Update().set(conflict(raised.conflictId(), "severity"), raised.severity())))
                .on(ConflictEscalated.class, (event, escalated) -> conflict(event, escalated.rolloutId(),
                        escalated.conflictId(),
                        new Update().set(conflict(escalated.conflictId(), "severity"), escalated.severity())))
                .on(ConflictUpdated.class, (event, updated) -> conflict(event, updated.rolloutId(),
                        updated.conflictId(),
                        new Update().set(conflict(updated.conflictId(), "severity"), updated.severity())))
                .on(ConflictResolved.class, (event, resolved) -> conflict(event, resolved.rolloutId(),
                        resolved.conflictId(),
                        new Update().set(conflict(resolved.conflictId(), "severity"), resolved.severity())
                                .set(conflict(resolved.conflictId(), "resolved"), true)))
                .on(CommunicationSent.class, (event, sent) -> communication(event, sent.rolloutId(),
                        new Update().set(communication(sent.communicationId(), "asks"),
                                sent.acknowledgementDeadline() != null && !"REMINDER".equals(sent.kind()))))
                .on(CommunicationDelivered.class, (event, delivered) -> communication(event, delivered.rolloutId(),
                        new Update().set(communication(delivered.communicationId(), "delivered."
                                + EngagementDocuments.key(delivered.recipientKey())), true)))
                .on(CommunicationAcknowledged.class, (event, acknowledged) -> communication(event,
                        acknowledged.rolloutId(), new Update().set(communication(acknowledged.communicationId(),
                                "acknowledged." + EngagementDocuments.key(acknowledged.recipientKey())), true)));
    }

    private void conflict(IncomingEvent event, String rolloutId, String conflictId, Update update) {
        if (rolloutId != null && conflictId != null) {
            applied.apply(event, readModels.collection(ENGAGEMENT), rolloutId, update);
        }
    }

    private void communication(IncomingEvent event, String rolloutId, Update update) {
        if (rolloutId != null) {
            applied.apply(event, readModels.collection(ENGAGEMENT), rolloutId, update);
        }
    }

    private static String conflict(String conflictId, String field) {
        return "conflicts." + EngagementDocuments.key(conflictId) + "." + field;
    }

    private static String communication(String communicationId, String field) {
        return "communications." + EngagementDocuments.key(communicationId) + "." + field;
    }
}
