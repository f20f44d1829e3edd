package org.golive.stakeholder.conflict;

import org.golive.contract.stakeholder.ConflictEscalated;
import org.golive.contract.stakeholder.ConflictRaised;
import org.golive.contract.stakeholder.ConflictResolved;
import org.golive.contract.stakeholder.ConflictUpdated;
import org.golive.platform.outbox.RaisedEvent;

import java.time.Instant;
import java.util.List;

/** The conflict log's integration events, keyed by rollout id. The SBAR text stays in the service. */
final class ConflictEvents {

    private ConflictEvents() {
    }

    static RaisedEvent raised(Conflict c) {
        return RaisedEvent.of(c.rolloutId(), new ConflictRaised(c.id(), c.rolloutId(), c.programId(), c.title(),
                c.kind().name(), c.severity().name(), c.owner(), c.partyIds(), c.decisionMakerRole().name(),
                c.dueDate(), c.raisedBy(), c.raisedAt()));
    }

    static RaisedEvent escalated(Conflict c, EscalationLevel from, Instant at) {
        return RaisedEvent.of(c.rolloutId(), new ConflictEscalated(c.id(), c.rolloutId(), c.programId(),
                c.kind().name(), c.severity().name(), from.name(), c.level().name(), c.dueDate(), at));
    }

    static RaisedEvent resolved(Conflict c) {
        return RaisedEvent.of(c.rolloutId(), new ConflictResolved(c.id(), c.rolloutId(), c.programId(),
                c.kind().name(), c.severity().name(), c.level().name(), c.resolution().decision(),
                c.resolution().decidedBy(), c.resolution().decidedAt()));
    }

    static RaisedEvent updated(Conflict c, List<String> changed, String by, Instant at) {
        return RaisedEvent.of(c.rolloutId(), new ConflictUpdated(c.id(), c.rolloutId(), c.programId(), changed,
                c.title(), c.kind().name(), c.severity().name(), c.owner(), c.partyIds(), c.decisionMakerRole().name(),
                c.dueDate(), c.taskIds(), c.status().name(), c.level().name(), c.escalatesAt(), by, at));
    }
}
