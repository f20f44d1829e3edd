package org.golive.stakeholder.conflict;

public enum ConflictStatus {
    OPEN,
    IN_MEDIATION,
    /** Overdue, and taken above its owner; see {@link EscalationLevel}. */
    ESCALATED,
    RESOLVED
}
