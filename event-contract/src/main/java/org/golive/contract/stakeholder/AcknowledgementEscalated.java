package org.golive.contract.stakeholder;

import java.time.Instant;
import java.util.List;

/**
 * High-influence stakeholders had not acknowledged a communication by its deadline: the program's champions and the
 * rollout's project manager were told. Key: rollout id, or program id.
 *
 * @param escalationId  the communication that tells them
 * @param silentStakeholderIds the high-influence stakeholders who had not acknowledged
 * @param escalatedTo   recipient keys of who was told ({@code stakeholder:<id>}, {@code user:<user name>})
 */
public record AcknowledgementEscalated(
        String communicationId,
        String escalationId,
        String rolloutId,
        String programId,
        List<String> silentStakeholderIds,
        List<String> escalatedTo,
        Instant deadline,
        Instant escalatedAt) {

    public static final String TYPE = "org.golive.stakeholder.acknowledgement.escalated.v1";
}
