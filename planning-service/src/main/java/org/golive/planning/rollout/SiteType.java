package org.golive.planning.rollout;

/** The kinds of site an EHR goes live at; the plan template and the budget template depend on it. */
public enum SiteType {
    HOSPITAL,
    AMBULATORY_CLINIC,
    EMERGENCY_DEPARTMENT,
    SPECIALTY_CLINIC,
    URGENT_CARE,
    LONG_TERM_CARE,
    LABORATORY,
    OTHER
}
