package org.golive.tracking.readiness;

/** What a panel member votes, and what the panel decides. */
public enum VoteValue {
    GO, NO_GO, GO_WITH_CONDITIONS
}
