package org.golive.stakeholder.conflict;

/** What a conflict is about; tracking and the PMO count open conflicts by it. */
public enum ConflictKind {
    /** Clinicians' way of working against what the system or its build allows. */
    CLINICAL_TECHNICAL_WORKFLOW,
    RESOURCE,
    SCOPE,
    BUDGET,
    SCHEDULE,
    VENDOR
}
