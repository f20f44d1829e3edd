package org.golive.stakeholder.register;

import org.golive.contract.stakeholder.StakeholderEngagementChanged;
import org.golive.contract.stakeholder.StakeholderRegistered;
import org.golive.contract.stakeholder.StakeholderUpdated;
import org.golive.platform.outbox.RaisedEvent;

/**
 * The register's integration events, built for the wire from a stakeholder's state. Keyed by stakeholder id: a
 * stakeholder matters to several rollouts, and their own events must stay in order.
 */
final class StakeholderEvents {

    private StakeholderEvents() {
    }

    static RaisedEvent registered(Stakeholder s) {
        return RaisedEvent.of(s.id(), new StakeholderRegistered(s.id(), s.name(), s.roleGroup().name(),
                name(s.influence()), name(s.interest()), name(s.quadrant()), name(s.currentEngagement()),
                name(s.desiredEngagement()), s.engagementGap(), s.champion(), s.superUser(), s.rolloutIds(),
                s.programIds(), s.createdAt()));
    }

    static RaisedEvent updated(Stakeholder s) {
        return RaisedEvent.of(s.id(), new StakeholderUpdated(s.id(), s.name(), s.roleGroup().name(),
                name(s.influence()), name(s.interest()), name(s.quadrant()), name(s.currentEngagement()),
                name(s.desiredEngagement()), s.engagementGap(), s.champion(), s.superUser(), s.rolloutIds(),
                s.programIds(), s.updatedAt()));
    }

    static RaisedEvent engagementChanged(Stakeholder s, Engagement previousCurrent, Engagement previousDesired) {
        return RaisedEvent.of(s.id(), new StakeholderEngagementChanged(s.id(), s.roleGroup().name(),
                name(s.quadrant()), name(previousCurrent), name(previousDesired), name(s.currentEngagement()),
                name(s.desiredEngagement()), s.engagementGap(), s.rolloutIds(), s.programIds(), s.updatedAt()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
