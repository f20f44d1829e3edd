package org.golive.contract.stakeholder;

import java.time.Instant;
import java.util.List;

/**
 * A communication was issued: its audience resolved to recipients, each of whom it now goes to by e-mail (each
 * delivery follows as {@link CommunicationDelivered} or {@link CommunicationFailed}). Key: rollout id, or program id.
 *
 * @param kind            ANNOUNCEMENT (sent by a person), RULE (triggered by a planning event), REMINDER or
 *                        ESCALATION (sent by the acknowledgement follow-up)
 * @param recipientKeys   who it goes to: {@code stakeholder:<id>} or {@code user:<user name>}; never an address
 * @param acknowledgementDeadline when acknowledgement is asked, the instant by which; null otherwise
 * @param rule            the rule that fired, for kind RULE; null otherwise
 * @param causeEventId    the planning event that fired the rule, for kind RULE; null otherwise
 * @param relatesTo       for a REMINDER or an ESCALATION, the communication it follows up; null otherwise
 */
public record CommunicationSent(
        String communicationId,
        String rolloutId,
        String programId,
        String planId,
        String entryId,
        String kind,
        String purpose,
        String subject,
        List<String> recipientKeys,
        Instant acknowledgementDeadline,
        String rule,
        String causeEventId,
        String causeEventType,
        String relatesTo,
        String sentBy,
        Instant sentAt) {

    public static final String TYPE = "org.golive.stakeholder.communication.sent.v1";
}
