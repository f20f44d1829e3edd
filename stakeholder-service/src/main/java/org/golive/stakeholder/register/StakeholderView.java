package org.golive.stakeholder.register;

import java.time.Instant;
import java.util.List;

/**
 * A stakeholder as the API shows it. {@code quadrant}: their place on the power/interest grid (null until influence
 * and interest are rated); {@code engagementGap}: levels still to climb from current to desired engagement (null
 * until both are set).
 */
record StakeholderView(String id, String name, String email, String title, String organization,
                       RoleGroup roleGroup, Level influence, Level interest, Quadrant quadrant,
                       Engagement currentEngagement, Engagement desiredEngagement, Integer engagementGap,
                       boolean champion, boolean superUser, List<String> rolloutIds, List<String> programIds,
                       Instant createdAt, Instant updatedAt, long version) {

    static StakeholderView of(Stakeholder s) {
        return new StakeholderView(s.id(), s.name(), s.email(), s.title(), s.organization(), s.roleGroup(),
                s.influence(), s.interest(), s.quadrant(), s.currentEngagement(), s.desiredEngagement(),
                s.engagementGap(), s.champion(), s.superUser(), s.rolloutIds(), s.programIds(), s.createdAt(),
                s.updatedAt(), s.version());
    }
}
