package org.golive.contract.planning;

import java.time.Instant;

/**
 * A rollout's priority changed (1 to 1000 as in MS Project, 500 unless set): levelling delays the tasks of
 * lower-priority rollouts first. Key: rollout id.
 */
public record RolloutPrioritySet(String rolloutId, String programId, int priority, int previousPriority,
                                 Instant setAt) {

    public static final String TYPE = "org.golive.planning.rollout.priority-set.v1";
}
