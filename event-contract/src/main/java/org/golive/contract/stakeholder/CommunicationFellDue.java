package org.golive.contract.stakeholder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An occurrence of a plan entry's cadence fell due and was handled, once: the drafted communication was sent to the
 * entry's audience ({@code SENT}, for an entry with {@code autoSend}), or its owner was reminded by e-mail to send it
 * ({@code OWNER_REMINDED}). Key: rollout id, or program id for a program's plan.
 *
 * @param occurrence      the day this occurrence was due (counted from the go-live date)
 * @param handling        SENT, OWNER_REMINDED, or SENT_BY_PERSON (a person had sent the entry that day)
 * @param communicationId the communication sent, or the reminder to the owner (both on this topic as
 *                        {@code communication.sent})
 * @param note            why an entry with autoSend reminded its owner instead (its audience resolved to nobody), or
 *                        null
 * @param nextDue         the entry's next occurrence after this one, or null when the cadence is over
 */
public record CommunicationFellDue(String planId, String entryId, String rolloutId, String programId, String title,
                                   String purpose, String channel, String owner, LocalDate occurrence,
                                   String handling, String communicationId, String note, LocalDate nextDue,
                                   Instant handledAt) {

    public static final String TYPE = "org.golive.stakeholder.communication.fell-due.v1";
}
