package org.golive.stakeholder.communication.plan;

/** A planning event a plan entry answers (see the rules in {@code communication.rules}). */
public enum Trigger {
    GO_LIVE_MOVED,
    MILESTONE_SLIPPED
}
