package org.golive.tracking.health;

import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthRulesTest {

    private static final HealthRules RULES = HealthRules.defaults();

    private static Signals signals(String spi, int overdueCritical, String cpi) {
        return new Signals(true, spi == null ? null : new BigDecimal(spi), overdueCritical,
                cpi == null ? null : new BigDecimal(cpi), Optional.empty(), Optional.empty());
    }

    @Test
    void anSpiBelowTheAmberBoundIsAmberAndNamesItsRuleAndThreshold() {
        Health health = Health.judge(RULES, signals("0.9000", 0, "1.0000"));

        assertThat(health.dimensions().get(Dimension.SCHEDULE))
                .isEqualTo(new Verdict(Colour.AMBER, "schedule.spi", "0.9000", "0.95"));
        assertThat(health.dimensions().get(Dimension.COST).colour()).isEqualTo(Colour.GREEN);
        assertThat(health.overall()).isEqualTo(health.dimensions().get(Dimension.SCHEDULE));
    }

    @Test
    void theBoundsAreGreenAtTheAmberBoundAndAmberAtTheRedBound() {
        assertThat(Health.judge(RULES, signals("0.95", 0, null)).overall().colour()).isEqualTo(Colour.GREEN);
        assertThat(Health.judge(RULES, signals("0.85", 0, null)).overall().colour()).isEqualTo(Colour.AMBER);
        assertThat(Health.judge(RULES, signals("0.8499", 0, null)).overall().colour()).isEqualTo(Colour.RED);
    }

    @Test
    void overdueCriticalTasksTurnAGoodSpiRed() {
        Verdict schedule = Health.judge(RULES, signals("1.02", 3, null)).dimensions().get(Dimension.SCHEDULE);

        assertThat(schedule).isEqualTo(new Verdict(Colour.RED, "schedule.overdue-critical-tasks", "3", "3"));
    }

    @Test
    void aCpiBelowTheRedBoundMakesTheOverallRed() {
        Health health = Health.judge(RULES, signals("1.00", 0, "0.80"));

        assertThat(health.overall()).isEqualTo(new Verdict(Colour.RED, "cost.cpi", "0.80", "0.85"));
    }

    @Test
    void dimensionsWithoutDataNeverColourTheOverallHealth() {
        Health health = Health.judge(RULES, signals("1.00", 0, null));

        assertThat(health.dimensions().get(Dimension.COST)).isEqualTo(Verdict.NO_DATA);
        assertThat(health.dimensions().get(Dimension.READINESS)).isEqualTo(Verdict.NO_DATA);
        assertThat(health.dimensions().get(Dimension.STAKEHOLDERS)).isEqualTo(Verdict.NO_DATA);
        assertThat(health.overall().colour()).isEqualTo(Colour.GREEN);
        Health unplanned = Health.judge(RULES, new Signals(false, null, 0, null, Optional.empty(), Optional.empty()));
        assertThat(unplanned.overall()).isEqualTo(Verdict.NO_DATA);
    }

    @Test
    void readinessAndStakeholdersAreJudgedWhenTheirSeamsGiveData() {
        Health health = Health.judge(RULES, new Signals(true, new BigDecimal("1"), 0, null,
                Optional.of(new BigDecimal("72")),
                Optional.of(new StakeholderSignals.Engagement(0, new BigDecimal("0.55")))));

        assertThat(health.dimensions().get(Dimension.READINESS))
                .isEqualTo(new Verdict(Colour.AMBER, "readiness.score", "72", "85"));
        assertThat(health.dimensions().get(Dimension.STAKEHOLDERS))
                .isEqualTo(new Verdict(Colour.RED, "stakeholders.acknowledgement-rate", "0.55", "0.60"));
        assertThat(health.overall().rule()).isEqualTo("stakeholders.acknowledgement-rate");
    }

    @Test
    void theRulesThePmoSetsChangeTheVerdict() {
        HealthRules strict = new HealthRules(new HealthRules.Schedule(
                new HealthRules.Floor(new BigDecimal("1.05"), new BigDecimal("0.95")), new HealthRules.Ceiling(1, 2)),
                RULES.cost(), RULES.readiness(), RULES.stakeholders()).validated();

        assertThat(Health.judge(strict, signals("1.00", 0, null)).overall().colour()).isEqualTo(Colour.AMBER);
    }

    @Test
    void thresholdsThatMakeNoSenseAreRefusedNamingEachOne() {
        HealthRules upsideDown = new HealthRules(new HealthRules.Schedule(
                new HealthRules.Floor(new BigDecimal("0.80"), new BigDecimal("0.90")), new HealthRules.Ceiling(0, 2)),
                new HealthRules.Cost(new HealthRules.Floor(new BigDecimal("11"), new BigDecimal("0.5"))),
                RULES.readiness(), new HealthRules.Stakeholders(new HealthRules.Ceiling(3, 2),
                new HealthRules.Floor(new BigDecimal("0.9"), new BigDecimal("-0.1"))));

        assertThatThrownBy(upsideDown::validated).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.fields()).containsOnlyKeys("schedule.spi", "schedule.overdueCriticalTasks",
                        "cost.cpi", "stakeholders.openSevereConflicts", "stakeholders.acknowledgementRate"));
        assertThat(RULES.validated()).isSameAs(RULES);
    }
}
