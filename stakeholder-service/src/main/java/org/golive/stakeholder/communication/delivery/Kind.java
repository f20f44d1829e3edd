package org.golive.stakeholder.communication.delivery;

/** Who made a communication: a person, a rule on planning's events, or the acknowledgement follow-up. */
public enum Kind {
    ANNOUNCEMENT,
    RULE,
    REMINDER,
    ESCALATION
}
