package org.golive.contract.stakeholder;

import java.time.Instant;
import java.util.List;

/**
 * A stakeholder's register entry was revised; carries the entry as it now is. A change of engagement also raises
 * {@link StakeholderEngagementChanged}. Key: stakeholder id.
 */
public record StakeholderUpdated(String stakeholderId, String name, String roleGroup, String influence,
                                 String interest, String quadrant, String currentEngagement,
                                 String desiredEngagement, Integer engagementGap, boolean champion,
                                 boolean superUser, List<String> rolloutIds, List<String> programIds,
                                 Instant updatedAt) {

    public static final String TYPE = "org.golive.stakeholder.stakeholder.updated.v1";
}
