package org.golive.contract.stakeholder;

import java.time.Instant;

/** A recipient acknowledged a communication by its link. Key: rollout id, or program id. */
public record CommunicationAcknowledged(
        String communicationId,
        String rolloutId,
        String programId,
        String recipientKey,
        String stakeholderId,
        String roleGroup,
        boolean beforeDeadline,
        Instant acknowledgedAt) {

    public static final String TYPE = "org.golive.stakeholder.communication.acknowledged.v1";
}
