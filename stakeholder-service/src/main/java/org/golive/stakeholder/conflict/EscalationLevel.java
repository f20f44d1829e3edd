package org.golive.stakeholder.conflict;

/** Who answers for an unresolved conflict, from its owner up; an overdue conflict climbs one rung at a time. */
public enum EscalationLevel {
    OWNER,
    PROJECT_MANAGER,
    PMO_LEAD,
    EXECUTIVE_SPONSOR;

    /** The next rung, or null at the top: the sponsor is the last word. */
    public EscalationLevel next() {
        return this == EXECUTIVE_SPONSOR ? null : values()[ordinal() + 1];
    }
}
