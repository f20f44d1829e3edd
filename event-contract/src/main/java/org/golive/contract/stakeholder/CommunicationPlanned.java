package org.golive.contract.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry was added to the communication plan of a rollout or a program. Key: rollout id, or program id for a
 * program's plan.
 *
 * @param rolloutId   null for a program's plan
 * @param purpose     VISION, STATUS, GO_LIVE_PREPARATION, TRAINING or DOWNTIME
 * @param channel     EMAIL, MEETING, NEWSLETTER or INTRANET; only e-mail is sent by Golive
 * @param roleGroups  audience by role group (CLINICAL, TECHNICAL, EXECUTIVE, OPERATIONS, FINANCE, VENDOR)
 * @param quadrants   audience by power/interest quadrant (MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR)
 * @param stakeholderIds audience by name
 * @param everyDays   cadence: days between two sendings, or null for an entry sent on a trigger
 * @param fromDaysBeforeGoLive cadence: the first sending, in days before the go-live date (90: GL-90)
 * @param trigger     GO_LIVE_MOVED or MILESTONE_SLIPPED for an entry sent when planning says so, or null
 * @param nextDue     the next date the entry is due, from the go-live date; null when not computable (no go-live
 *                    date known, cadence over, or a trigger)
 */
public record CommunicationPlanned(
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
        LocalDate nextDue,
        Instant plannedAt) {

    public static final String TYPE = "org.golive.stakeholder.communication.planned.v1";
}
