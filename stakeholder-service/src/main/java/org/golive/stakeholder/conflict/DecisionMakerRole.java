package org.golive.stakeholder.conflict;

/** The role whose decision settles a conflict: a workflow dispute needs a clinical lead, a budget one a sponsor. */
public enum DecisionMakerRole {
    PROJECT_MANAGER,
    CLINICAL_LEAD,
    TECHNICAL_LEAD,
    PMO_LEAD,
    EXECUTIVE_SPONSOR,
    STEERING_COMMITTEE
}
