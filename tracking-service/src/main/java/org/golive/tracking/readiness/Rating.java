package org.golive.tracking.readiness;

/** The scorecard's verdict: READY at 90 or more, AT_RISK at 75 or more, NOT_READY below or while gated. */
public enum Rating {
    READY, AT_RISK, NOT_READY
}
