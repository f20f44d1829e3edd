package org.golive.tracking.readiness;

/** MET once the attainment reaches the pass level; PARTIAL on the way; NOT_MET at nothing. */
public enum CriterionStatus {
    MET, PARTIAL, NOT_MET
}
