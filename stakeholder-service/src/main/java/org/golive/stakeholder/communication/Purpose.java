package org.golive.stakeholder.communication;

/** Why a communication goes out: the purposes a rollout's communication plan covers. */
public enum Purpose {
    VISION,
    STATUS,
    GO_LIVE_PREPARATION,
    TRAINING,
    DOWNTIME
}
