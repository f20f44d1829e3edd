package org.golive.contract.stakeholder;

import java.time.Instant;

/**
 * The SMTP server accepted a communication for one recipient (handed over, not yet read). Key: rollout id, or program
 * id.
 *
 * @param recipientKey {@code stakeholder:<id>} or {@code user:<user name>}
 * @param stakeholderId null for a recipient who is a user, not a registered stakeholder
 * @param roleGroup     the stakeholder's role group, or null
 * @param attempts      sending attempts it took, from 1
 * @param messageId     the Message-ID header, stable per communication and recipient
 */
public record CommunicationDelivered(
        String communicationId,
        String rolloutId,
        String programId,
        String recipientKey,
        String stakeholderId,
        String roleGroup,
        int attempts,
        String messageId,
        Instant deliveredAt) {

    public static final String TYPE = "org.golive.stakeholder.communication.delivered.v1";
}
