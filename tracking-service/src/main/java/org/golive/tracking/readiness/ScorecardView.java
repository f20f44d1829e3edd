package org.golive.tracking.readiness;

import org.golive.tracking.training.TrainingFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A site's scorecard as the API answers it.
 *
 * @param rawScore the weighted score before the critical gate; {@code score} is after it
 * @param domains  per domain: how many of its criteria are met
 */
public record ScorecardView(String rolloutId, String programId, LocalDate goLiveDate, int revision,
                            BigDecimal score, BigDecimal rawScore, Rating rating, boolean gated,
                            List<String> failingCritical, List<DomainView> domains, List<CriterionView> criteria,
                            List<CheckpointView> checkpoints, TrainingFigures training) {

    public record DomainView(Domain domain, int criteria, int met) {
    }

    public record CriterionView(String id, String name, Domain domain, Criticality criticality, int weight,
                                int passLevel, String owner, Feed feed, int attainment, CriterionStatus status,
                                String evidence, java.time.Instant updatedAt, String updatedBy) {

        static CriterionView of(Criterion c) {
            return new CriterionView(c.id(), c.name(), c.domain(), c.criticality(), c.criticality().weight(),
                    c.passLevel(), c.owner(), c.feed(), c.attainment(), c.status(), c.evidence(), c.updatedAt(),
                    c.updatedBy());
        }
    }

    public record CheckpointView(String name, int daysBeforeGoLive, LocalDate date, List<String> panel, String chair,
                                 List<Vote> votes, Decision decision) {

        static CheckpointView of(Checkpoint c, LocalDate goLive) {
            return new CheckpointView(c.name(), c.daysBeforeGoLive(), c.dateFor(goLive), c.panel(), c.chair(),
                    c.votes(), c.decision());
        }
    }

    public static ScorecardView of(Scorecard card) {
        ReadinessScore score = card.score();
        List<Criterion> criteria = card.criteria();
        List<DomainView> domains = Arrays.stream(Domain.values()).map(d -> new DomainView(d,
                (int) criteria.stream().filter(c -> c.domain() == d).count(),
                (int) criteria.stream().filter(c -> c.domain() == d && c.met()).count())).toList();
        return new ScorecardView(card.rolloutId(), card.programId(), card.goLiveDate(), card.revision(),
                score.score(), score.raw(), score.rating(), score.gated(), score.failingCritical(), domains,
                criteria.stream().map(CriterionView::of).toList(),
                card.checkpoints().stream().map(c -> CheckpointView.of(c, card.goLiveDate())).toList(),
                card.training());
    }
}
