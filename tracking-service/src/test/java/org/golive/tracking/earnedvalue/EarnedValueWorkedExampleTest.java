package org.golive.tracking.earnedvalue;

import org.golive.platform.problem.RuleViolationException;
import org.golive.tracking.status.Plans;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The README's worked example, figure by figure (README, "Earned value"). */
class EarnedValueWorkedExampleTest {

    private static final LocalDate STATUS_DATE = LocalDate.parse("2027-01-22");

    static RolloutCosts workedExampleCosts() {
        return new RolloutCosts(
                List.of(new RolloutCosts.ApprovedBudget("APPROVED", "USD", new BigDecimal("100000.00")),
                        new RolloutCosts.ApprovedBudget("DRAFT", "USD", new BigDecimal("70000.00"))),
                List.of(new RolloutCosts.Actual(LocalDate.parse("2027-01-10"), new BigDecimal("30000.00"), "USD"),
                        new RolloutCosts.Actual(LocalDate.parse("2027-01-20"), new BigDecimal("15000.00"), "USD"),
                        new RolloutCosts.Actual(LocalDate.parse("2027-01-25"), new BigDecimal("5000.00"), "USD")));
    }

    @Test
    void theWorkedExampleGivesTheReadmesFigures() {
        Measures measures = EarnedValueCalculator.measures(Plans.workedExample("r"), workedExampleCosts(), STATUS_DATE);
        EarnedValue ev = EarnedValue.of("ROLLOUT", "r", STATUS_DATE, measures);

        assertThat(ev.currency()).isEqualTo("USD");
        assertThat(ev.bac()).as("the approved budget only, not the draft").isEqualTo(new BigDecimal("100000.00"));
        assertThat(ev.pv()).as("25,000 (design, all planned) + 50,000 × 5/10 working days (build)")
                .isEqualTo(new BigDecimal("50000.00"));
        assertThat(ev.ev()).as("25,000 × 100 % + 50,000 × 30 %").isEqualTo(new BigDecimal("40000.00"));
        assertThat(ev.ac()).as("the actual of 25 January is after the status date").isEqualTo(new BigDecimal("45000.00"));
        assertThat(ev.sv()).isEqualTo(new BigDecimal("-10000.00"));
        assertThat(ev.cv()).isEqualTo(new BigDecimal("-5000.00"));
        assertThat(ev.spi()).isEqualTo(new BigDecimal("0.8000"));
        assertThat(ev.cpi()).as("0.88888… half-even").isEqualTo(new BigDecimal("0.8889"));
        assertThat(ev.eac()).as("BAC / CPI from unrounded figures: 100,000 × 45,000 / 40,000")
                .isEqualTo(new BigDecimal("112500.00"));
        assertThat(ev.etc()).isEqualTo(new BigDecimal("67500.00"));
        assertThat(ev.vac()).isEqualTo(new BigDecimal("-12500.00"));
        assertThat(ev.tcpi()).as("(100,000 − 40,000) / (100,000 − 45,000)").isEqualTo(new BigDecimal("1.0909"));
    }

    @Test
    void beforeAnythingIsPlannedOrSpentTheIndicesAreNullNotInfinite() {
        EarnedValue ev = EarnedValue.of("ROLLOUT", "r", LocalDate.parse("2026-12-01"), EarnedValueCalculator.measures(
                Plans.workedExample("r"), new RolloutCosts(List.of(), List.of()), LocalDate.parse("2026-12-01")));

        assertThat(ev.pv()).isEqualByComparingTo("0");
        assertThat(ev.spi()).isNull();
        assertThat(ev.cpi()).isNull();
        assertThat(ev.eac()).isNull();
        assertThat(ev.tcpi()).isNull();
    }

    @Test
    void aWaveAddsItsRolloutsMeasuresAndTakesItsIndicesFromTheSums() {
        Measures first = EarnedValueCalculator.measures(Plans.workedExample("a"), workedExampleCosts(), STATUS_DATE);
        Measures second = new Measures("USD", new BigDecimal("50000"), new BigDecimal("20000"),
                new BigDecimal("25000"), new BigDecimal("20000"), 1);

        EarnedValue wave = EarnedValue.of("WAVE", "w", STATUS_DATE, Measures.none(null).plus(first).plus(second));

        assertThat(wave.rollouts()).isEqualTo(2);
        assertThat(wave.bac()).isEqualTo(new BigDecimal("150000.00"));
        assertThat(wave.spi()).as("65,000 / 70,000, not the mean of 0.8 and 1.25").isEqualTo(new BigDecimal("0.9286"));
        assertThat(wave.cpi()).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    void budgetsInTwoCurrenciesAreNotAddedUp() {
        Measures dollars = Measures.none("USD");
        Measures euros = Measures.none("EUR");

        assertThatThrownBy(() -> dollars.plus(euros)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
    }
}
