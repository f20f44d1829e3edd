package org.golive.stakeholder.communication.delivery;

import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.register.RoleGroup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A communication as the API shows it: the recipients' names and states, never the tokens. */
record CommunicationView(String id, String rolloutId, String programId, Kind kind, Purpose purpose, String subject,
                         String body, Instant acknowledgementDeadline, String planId, String entryId, String rule,
                         String causeEventId, String causeEventType, String relatesTo, String sentBy, Instant sentAt,
                         List<DeliveryView> deliveries, AcknowledgementRate acknowledgements,
                         Map<RoleGroup, AcknowledgementRate> acknowledgementsByRoleGroup, long version) {

    record DeliveryView(String recipientKey, String stakeholderId, String name, String email, RoleGroup roleGroup,
                        DeliveryState state, FailureReason failure, int attempts, Instant nextAttemptAt,
                        String lastError, Instant deliveredAt, Instant acknowledgedAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.recipientKey(), d.stakeholderId(), d.name(), d.email(), d.roleGroup(),
                    d.state(), d.failure(), d.attempts(), d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null,
                    d.lastError(), d.deliveredAt(), d.acknowledgedAt());
        }
    }

    static CommunicationView of(Communication c) {
        boolean asked = c.acknowledgementDeadline() != null && c.kind() != Kind.REMINDER;
        return new CommunicationView(c.id(), c.scope().rolloutId(), c.scope().programId(), c.kind(), c.purpose(),
                c.subject(), c.body(), c.acknowledgementDeadline(), c.planId(), c.entryId(), c.rule(),
                c.causeEventId(), c.causeEventType(), c.relatesTo(), c.sentBy(), c.sentAt(),
                c.deliveries().stream().map(DeliveryView::of).toList(),
                asked ? AcknowledgementRate.of(c.deliveries()) : null,
                asked ? AcknowledgementRate.byRoleGroup(c.deliveries()) : Map.of(), c.version());
    }
}
