package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone was reached. Key: rollout id.
 *
 * @param baselineDate the milestone's date in the latest baseline, or null when no baseline was set
 */
public record MilestoneAchieved(
        String rolloutId,
        String taskId,
        String title,
        LocalDate achievedOn,
        LocalDate baselineDate,
        Instant achievedAt) {

    public static final String TYPE = "org.golive.planning.milestone.achieved.v1";
}
