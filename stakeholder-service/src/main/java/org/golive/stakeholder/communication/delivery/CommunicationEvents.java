package org.golive.stakeholder.communication.delivery;

import org.golive.contract.stakeholder.AcknowledgementEscalated;
import org.golive.contract.stakeholder.CommunicationAcknowledged;
import org.golive.contract.stakeholder.CommunicationDelivered;
import org.golive.contract.stakeholder.CommunicationFailed;
import org.golive.contract.stakeholder.CommunicationSent;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.stakeholder.communication.audience.Addressee;

import java.time.Instant;
import java.util.List;

/** The events a communication raises, keyed by its rollout (or program), recipients named by key, never by address. */
final class CommunicationEvents {

    private CommunicationEvents() {
    }

    static RaisedEvent sent(Communication c, List<Addressee> recipients, Instant now) {
        return event(c, new CommunicationSent(c.id(), c.scope().rolloutId(), c.scope().programId(), c.planId(),
                c.entryId(), c.kind().name(), c.purpose().name(), c.subject(),
                recipients.stream().map(Addressee::key).toList(), c.acknowledgementDeadline(), c.rule(),
                c.causeEventId(), c.causeEventType(), c.relatesTo(), c.sentBy(), now));
    }

    static RaisedEvent delivered(Communication c, Delivery d, String messageId, Instant now) {
        return event(c, new CommunicationDelivered(c.id(), c.scope().rolloutId(), c.scope().programId(),
                d.recipientKey(), d.stakeholderId(), roleGroup(d), d.attempts(), messageId, now));
    }

    static RaisedEvent failed(Communication c, Delivery d, Instant now) {
        return event(c, new CommunicationFailed(c.id(), c.scope().rolloutId(), c.scope().programId(),
                d.recipientKey(), d.stakeholderId(), d.failure().name(), d.lastError(), d.attempts(), now));
    }

    static RaisedEvent acknowledged(Communication c, Delivery d, boolean inTime, Instant now) {
        return event(c, new CommunicationAcknowledged(c.id(), c.scope().rolloutId(), c.scope().programId(),
                d.recipientKey(), d.stakeholderId(), roleGroup(d), inTime, now));
    }

    static RaisedEvent escalated(Communication c, String escalationId, List<String> silentStakeholderIds,
                                 List<String> to, Instant now) {
        return event(c, new AcknowledgementEscalated(c.id(), escalationId, c.scope().rolloutId(),
                c.scope().programId(), silentStakeholderIds, to, c.acknowledgementDeadline(), now));
    }

    private static String roleGroup(Delivery d) {
        return d.roleGroup() == null ? null : d.roleGroup().name();
    }

    private static RaisedEvent event(Communication c, Record data) {
        return new RaisedEvent(c.scope().eventKey(), data);
    }
}
