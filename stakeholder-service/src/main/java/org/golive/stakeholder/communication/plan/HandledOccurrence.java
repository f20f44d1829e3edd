package org.golive.stakeholder.communication.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The last occurrence of an entry's cadence that fell due and was dealt with.
 *
 * @param communicationId the communication sent to the audience, or the reminder sent to the owner
 * @param note            why an entry with autoSend reminded its owner instead, or null
 */
public record HandledOccurrence(LocalDate occurrence, Handling handling, String communicationId, String note,
                                Instant handledAt) {

    /** What was done when an occurrence fell due. */
    public enum Handling {
        /** The drafted communication went to the entry's audience (an entry with autoSend). */
        SENT,
        /** The entry's owner was e-mailed that it is due, with the draft and the ids to send it. */
        OWNER_REMINDED,
        /** A person had already sent the entry on or after the day it fell due: nothing more goes out. */
        SENT_BY_PERSON
    }
}
