package org.golive.stakeholder.communication.delivery;

import org.golive.platform.problem.RuleViolationException;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.audience.Addressee;
import org.golive.stakeholder.communication.audience.Scope;

import java.time.Instant;
import java.util.List;

/** What a communication is, before its audience is resolved, and what it takes to issue it. */
public record CommunicationDraft(String id, Scope scope, Kind kind, Purpose purpose, String subject, String body,
                                 Instant acknowledgementDeadline, String planId, String entryId, String rule,
                                 String causeEventId, String causeEventType, String relatesTo, String sentBy) {

    /** @throws RuleViolationException when the audience resolved to nobody or the deadline does not lie ahead */
    void checkIssuable(List<Addressee> recipients, Instant now) {
        if (recipients.isEmpty()) {
            throw new RuleViolationException("audience", "The audience resolves to nobody: nobody registered in this"
                    + " scope matches it");
        }
        if (acknowledgementDeadline != null && !acknowledgementDeadline.isAfter(now)) {
            throw new RuleViolationException("acknowledgeWithinDays", "The acknowledgement deadline must lie ahead");
        }
    }
}
