package org.golive.tracking.readiness;

import org.golive.contract.tracking.GoNoGoDecided;
import org.golive.contract.tracking.ReadinessAssessed;
import org.golive.platform.outbox.RaisedEvent;

/** The events a scorecard raises, in the published contract's shape, keyed by rollout. */
final class ReadinessEvents {

    private ReadinessEvents() {
    }

    static RaisedEvent assessed(Scorecard card, Revision revision, ReadinessScore score) {
        return RaisedEvent.of(card.rolloutId(), new ReadinessAssessed(card.rolloutId(), card.programId(),
                revision.revision(), revision.cause().name(), revision.changes().stream().map(change -> {
                    Criterion c = card.criterion(change.criterionId());
                    return new ReadinessAssessed.CriterionChange(c.id(), c.name(), c.domain().name(),
                            c.criticality().name(),
                            change.previousStatus() == null ? null : change.previousStatus().name(),
                            change.status().name(), change.attainment(), c.passLevel(), change.evidence());
                }).toList(), score.score(), score.rating().name(), score.gated(), score.failingCritical(),
                revision.by() == null ? "service:tracking" : revision.by(), revision.at()));
    }

    static RaisedEvent decided(Scorecard card, Checkpoint checkpoint) {
        Decision d = checkpoint.decision();
        return RaisedEvent.of(card.rolloutId(), new GoNoGoDecided(card.rolloutId(), card.programId(),
                checkpoint.name(), checkpoint.dateFor(card.goLiveDate()), card.goLiveDate(), d.outcome().name(),
                d.conditions(), d.rationale(), checkpoint.votes().stream().map(v -> new GoNoGoDecided.PanelVote(
                        v.member(), v.vote().name(), v.comment())).toList(), d.scorecardRevision(), d.score(),
                d.rating().name(), d.gated(), d.failingCritical(), d.decidedBy(), d.decidedAt()));
    }
}
