package org.golive.contract.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the communication plan of a rollout or a program was revised: the entry as it now stands, whole (the
 * fields as in {@link CommunicationPlanned}). Key: rollout id, or program id for a program's plan.
 *
 * @param acknowledgeWithinDays days the audience has to acknowledge each sending, or null when none is asked
 * @param autoSend    true when Golive sends the entry's due occurrences itself (e-mail cadence entries only)
 * @param nextDue     the next date the revised entry is due; null for a trigger, with no go-live date known, or when
 *                    its cadence is over
 */
public record CommunicationReplanned(
        String planId,
        String entryId,
        String rolloutId,
        String programId,
        String title,
        String purpose,
        String channel,
        List<String> roleGroups,
        List<String> quadrants,
        List<String> stakeholderIds,
        Integer everyDays,
        Integer fromDaysBeforeGoLive,
        String trigger,
        String owner,
        Integer acknowledgeWithinDays,
        boolean autoSend,
        LocalDate nextDue,
        Instant replannedAt) {

    public static final String TYPE = "org.golive.stakeholder.communication.replanned.v1";
}
