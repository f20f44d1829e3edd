package org.golive.contract.stakeholder;

import java.time.Instant;

/**
 * A communication will not reach one recipient without a person's help. Key: rollout id, or program id.
 *
 * @param reason NO_ADDRESS (the stakeholder has no e-mail address), REFUSED (the SMTP server refused the recipient),
 *               UNCONFIRMED (a send was cut off before its outcome was recorded: it may or may not have gone out, and
 *               it is not sent again on its own, see the README) or GAVE_UP (the server stayed unreachable past the
 *               last retry)
 */
public record CommunicationFailed(
        String communicationId,
        String rolloutId,
        String programId,
        String recipientKey,
        String stakeholderId,
        String reason,
        String detail,
        int attempts,
        Instant failedAt) {

    public static final String TYPE = "org.golive.stakeholder.communication.failed.v1";
}
