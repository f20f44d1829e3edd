package org.golive.contract.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An unresolved conflict was edited: the state after the edit, and which fields the edit changed. A new due date
 * reschedules the next escalation (the level reached stays). Key: rollout id.
 *
 * @param changed the fields the edit changed: title, kind, severity, owner, partyIds, decisionMakerRole, dueDate,
 *                sbar, taskIds (the SBAR text itself stays in the service)
 * @param escalatesAt when the conflict climbs next if still unresolved; null at the top of the ladder
 */
public record ConflictUpdated(String conflictId, String rolloutId, String programId, List<String> changed,
                              String title, String kind, String severity, String owner, List<String> partyIds,
                              String decisionMakerRole, LocalDate dueDate, List<String> taskIds, String status,
                              String level, Instant escalatesAt, String updatedBy, Instant updatedAt) {

    public static final String TYPE = "org.golive.stakeholder.conflict.updated.v1";
}
