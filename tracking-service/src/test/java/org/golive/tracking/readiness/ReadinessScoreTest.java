package org.golive.tracking.readiness;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessScoreTest {

    private static Criterion criterion(String id, Criticality criticality, int passLevel, int attainment) {
        return new Criterion(id, id, Domain.TECHNICAL, criticality, passLevel, "Lead", Feed.ASSESSMENT, null,
                attainment, null, Instant.EPOCH, null);
    }

    /** The README's worked example, number for number. */
    @Test
    void theReadmesWorkedExampleIsGatedByItsFailingCriticalCriterionThenReady() {
        List<Criterion> criteria = List.of(
                criterion("devices", Criticality.CRITICAL, 100, 100),
                criterion("end-users-trained", Criticality.CRITICAL, 90, 72),
                criterion("proficiency", Criticality.MAJOR, 85, 85),
                criterion("downtime", Criticality.MINOR, 100, 50));

        ReadinessScore gated = ReadinessScore.of(criteria);

        // (3 x 1 + 3 x 72/90 + 2 x 1 + 1 x 0.5) / 9 = 7.9 / 9 = 87.78%
        assertThat(gated.raw()).isEqualByComparingTo("87.8");
        assertThat(gated.gated()).isTrue();
        assertThat(gated.failingCritical()).containsExactly("end-users-trained");
        assertThat(gated.score()).isEqualByComparingTo("50.0");
        assertThat(gated.rating()).isEqualTo(Rating.NOT_READY);

        ReadinessScore ready = ReadinessScore.of(List.of(criteria.get(0),
                criterion("end-users-trained", Criticality.CRITICAL, 90, 90), criteria.get(2), criteria.get(3)));

        // (3 + 3 + 2 + 0.5) / 9 = 94.44%
        assertThat(ready.score()).isEqualByComparingTo("94.4");
        assertThat(ready.gated()).isFalse();
        assertThat(ready.rating()).isEqualTo(Rating.READY);
    }

    @Test
    void attainmentBeyondThePassLevelEarnsNoMoreThanThePassLevel() {
        ReadinessScore score = ReadinessScore.of(List.of(criterion("a", Criticality.MAJOR, 80, 100),
                criterion("b", Criticality.MAJOR, 100, 60)));

        assertThat(score.score()).isEqualByComparingTo("80.0");
        assertThat(score.rating()).isEqualTo(Rating.AT_RISK);
    }

    @Test
    void aGatedScoreBelowTheCapStaysAsItIs() {
        ReadinessScore score = ReadinessScore.of(List.of(criterion("a", Criticality.CRITICAL, 100, 30)));

        assertThat(score.score()).isEqualByComparingTo("30.0");
        assertThat(score.gated()).isTrue();
    }

    @Test
    void aFailingMajorCriterionLowersTheScoreButGatesNothing() {
        ReadinessScore score = ReadinessScore.of(List.of(criterion("a", Criticality.CRITICAL, 100, 100),
                criterion("b", Criticality.MAJOR, 100, 0)));

        assertThat(score.gated()).isFalse();
        assertThat(score.score()).isEqualByComparingTo(new BigDecimal("60.0"));
        assertThat(score.rating()).isEqualTo(Rating.NOT_READY);
    }

    @Test
    void theRatingsBoundariesAreInclusive() {
        assertThat(ReadinessScore.of(List.of(criterion("a", Criticality.MINOR, 100, 90))).rating())
                .isEqualTo(Rating.READY);
        assertThat(ReadinessScore.of(List.of(criterion("a", Criticality.MINOR, 100, 89))).rating())
                .isEqualTo(Rating.AT_RISK);
        assertThat(ReadinessScore.of(List.of(criterion("a", Criticality.MINOR, 100, 75))).rating())
                .isEqualTo(Rating.AT_RISK);
        assertThat(ReadinessScore.of(List.of(criterion("a", Criticality.MINOR, 100, 74))).rating())
                .isEqualTo(Rating.NOT_READY);
    }
}
