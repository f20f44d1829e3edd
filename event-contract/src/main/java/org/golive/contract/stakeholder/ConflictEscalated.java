package org.golive.contract.stakeholder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An overdue conflict went one level up the ladder OWNER, PROJECT_MANAGER, PMO_LEAD, EXECUTIVE_SPONSOR. Key: rollout
 * id.
 */
public record ConflictEscalated(String conflictId, String rolloutId, String programId, String kind, String severity,
                                String fromLevel, String toLevel, LocalDate dueDate, Instant escalatedAt) {

    public static final String TYPE = "org.golive.stakeholder.conflict.escalated.v1";
}
