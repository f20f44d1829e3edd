package org.golive.tracking.health;

import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadinessWindowTest {

    private static Signals gatedReadiness(Long daysToGoLive) {
        return new Signals(true, new BigDecimal("1.0"), 0, null, Optional.of(new BigDecimal("40")), Optional.empty(),
                daysToGoLive);
    }

    private static HealthRules window(Integer days) {
        HealthRules defaults = HealthRules.defaults();
        return new HealthRules(defaults.schedule(), defaults.cost(),
                new HealthRules.Readiness(defaults.readiness().score(), days), defaults.stakeholders());
    }

    @Test
    void beforeTheWindowReadinessIsNoDataAndDoesNotMakeOverallRed() {
        Health health = Health.judge(HealthRules.defaults(), gatedReadiness(91L));

        assertThat(health.dimensions().get(Dimension.READINESS)).isEqualTo(Verdict.NO_DATA);
        assertThat(health.overall().colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void fromTheFirstDayOfTheWindowReadinessCounts() {
        Health health = Health.judge(HealthRules.defaults(), gatedReadiness(90L));

        assertThat(health.dimensions().get(Dimension.READINESS))
                .isEqualTo(new Verdict(Colour.RED, "readiness.score", "40", "70"));
        assertThat(health.overall().rule()).isEqualTo("readiness.score");
        assertThat(Health.judge(HealthRules.defaults(), gatedReadiness(-5L)).overall().colour())
                .as("after go-live").isEqualTo(Colour.RED);
    }

    @Test
    void withoutAWindowReadinessAlwaysCounts() {
        assertThat(Health.judge(window(null), gatedReadiness(400L)).overall().colour()).isEqualTo(Colour.RED);
        assertThat(Health.judge(window(400), gatedReadiness(400L)).overall().colour()).isEqualTo(Colour.RED);
        assertThat(Health.judge(window(399), gatedReadiness(400L)).overall().colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void aWindowOutOfRangeIsNamed() {
        assertThatThrownBy(() -> window(3651).validated()).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("make no sense")
                .satisfies(e -> assertThat(((RuleViolationException) e).fields())
                        .containsKey("readiness.countsFromDaysBeforeGoLive"));
    }
}
