package org.golive.budget.impact;

import org.golive.budget.fiscal.BenefitKind;
import org.golive.budget.fiscal.CostKind;
import org.golive.budget.money.Money;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

class PlanInputTest {

    static final Currency USD = Currency.getInstance("USD");

    static PlannedYear year(String recurring, String benefits) {
        return new PlannedYear(Map.of(CostKind.MAINTENANCE, new BigDecimal(recurring)),
                Map.of(BenefitKind.SAVINGS, new BigDecimal(benefits)));
    }

    static PlanInput plan(String rate, String implementation, List<PlannedYear> years) {
        return new PlanInput(null, rate == null ? null : new BigDecimal(rate),
                implementation == null ? null : new BigDecimal(implementation), years);
    }

    @Test
    void aPlanBecomesExactMoneyAtItsCurrencysScaleAndItsRateIsNormalised() {
        PlanInput.Checked checked = plan("0.0800", "1000000", List.of(year("200000", "500000.5"))).check(USD);

        assertThat(checked.discountRate()).isEqualTo(new BigDecimal("0.08"));
        assertThat(checked.horizon().implementationCost()).isEqualTo(Money.of("1000000.00", "USD"));
        assertThat(checked.horizon().year(1).benefit(BenefitKind.SAVINGS).amount()).isEqualTo("500000.50");
        assertThat(plan("0", "0", List.of(year("0", "0"))).check(USD).discountRate()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void everyBadFieldIsNamedByItsPathInOneProblem() {
        Map<CostKind, BigDecimal> costs = new HashMap<>();
        costs.put(CostKind.HOSTING, new BigDecimal("12.345"));
        costs.put(CostKind.STAFF, null);
        List<PlannedYear> years = new java.util.ArrayList<>(List.of(year("1", "1"), year("-5", "1")));
        years.add(new PlannedYear(costs, Map.of(BenefitKind.REVENUE, new BigDecimal("-0.01"))));
        years.add(null);

        assertThatThrownBy(() -> new PlanInput("EUR", new BigDecimal("8"), new BigDecimal("-1"), years).check(USD))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).fields(), MAP)
                .containsOnlyKeys("currency", "discountRate", "implementationCost", "years[1].costs.MAINTENANCE",
                        "years[2].costs.HOSTING", "years[2].costs.STAFF", "years[2].benefits.REVENUE", "years[3]")
                .hasEntrySatisfying("years[2].costs.HOSTING", m -> assertThat(m).asString()
                        .contains("more decimals than USD allows"))
                .hasEntrySatisfying("years[1].costs.MAINTENANCE", m -> assertThat(m).asString().contains("negative"))
                .hasEntrySatisfying("discountRate", m -> assertThat(m).asString().contains("from 0 up to 1"));
    }

    @Test
    void theDiscountRateIsAFractionFromZeroUpToButNotIncludingOneWithAtMostSixDecimals() {
        for (String bad : new String[] {"1", "1.00", "-0.01", "8", "0.0000001"}) {
            assertThatThrownBy(() -> plan(bad, "1", List.of(year("1", "1"))).check(USD)).as(bad)
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).fields(), MAP).containsOnlyKeys("discountRate");
        }
        assertThat(plan("0.999999", "1", List.of(year("1", "1"))).check(USD).discountRate()).isEqualTo("0.999999");
    }

    @Test
    void aPlanCoversOneToFifteenYearsAfterGoLive() {
        assertThat(plan("0.08", "1", Collections.nCopies(15, year("1", "2"))).check(USD).horizon().length())
                .isEqualTo(15);
        assertThatThrownBy(() -> plan("0.08", "1", Collections.nCopies(16, year("1", "2"))).check(USD))
                .extracting(e -> ((RuleViolationException) e).fields(), MAP)
                .containsEntry("years", "A plan covers at most 15 years after go-live, not 16");
        assertThatThrownBy(() -> plan("0.08", "1", List.of()).check(USD))
                .extracting(e -> ((RuleViolationException) e).fields(), MAP).containsOnlyKeys("years");
    }

    @Test
    void aYearWithoutCostsOrBenefitsIsZeroNotAnError() {
        PlanInput.Checked checked = plan("0.08", "100", List.of(new PlannedYear(null, null))).check(USD);

        assertThat(checked.horizon().year(1).net()).isEqualTo(Money.zero(USD));
    }
}
