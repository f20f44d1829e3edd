package org.golive.tracking.health;

/** What a rollout's health is judged on; the overall health is the worst of them. */
public enum Dimension {
    SCHEDULE, COST, READINESS, STAKEHOLDERS
}
