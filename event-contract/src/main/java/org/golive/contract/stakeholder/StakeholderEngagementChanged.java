package org.golive.contract.stakeholder;

import java.time.Instant;
import java.util.List;

/**
 * A stakeholder's current or desired engagement changed: the engagement plan moved, or has to. Key: stakeholder id.
 *
 * @param engagementGap levels still to climb after the change; null while either level is unassessed
 */
public record StakeholderEngagementChanged(String stakeholderId, String roleGroup, String quadrant,
                                           String previousCurrentEngagement, String previousDesiredEngagement,
                                           String currentEngagement, String desiredEngagement,
                                           Integer engagementGap, List<String> rolloutIds, List<String> programIds,
                                           Instant changedAt) {

    public static final String TYPE = "org.golive.stakeholder.stakeholder.engagement-changed.v1";
}
