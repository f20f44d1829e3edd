package org.golive.stakeholder.register;

/**
 * How engaged a stakeholder is with the rollout, on the scale of the PMBOK engagement assessment matrix, from the
 * least to the most engaged. The order of the constants is that scale: do not reorder them.
 */
public enum Engagement {
    UNAWARE,
    RESISTANT,
    NEUTRAL,
    SUPPORTIVE,
    LEADING;

    /** Levels to climb from this one to {@code target}: negative when the stakeholder is more engaged than needed. */
    public int levelsTo(Engagement target) {
        return target.ordinal() - ordinal();
    }
}
