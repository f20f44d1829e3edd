package org.golive.contract;

/** One topic per producing service. Records are keyed by rollout id, or by program id when there is no rollout. */
public final class Topics {

    public static final String PLANNING = "golive.planning.events";
    public static final String STAKEHOLDER = "golive.stakeholder.events";
    public static final String BUDGET = "golive.budget.events";
    public static final String TRACKING = "golive.tracking.events";

    private Topics() {
    }
}
