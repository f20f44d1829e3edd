package org.golive.budget.fiscal;

import org.golive.budget.money.CurrencyMismatchException;
import org.golive.budget.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.budget.fiscal.BenefitKind.AVOIDED_COSTS;
import static org.golive.budget.fiscal.BenefitKind.REVENUE;
import static org.golive.budget.fiscal.BenefitKind.SAVINGS;
import static org.golive.budget.fiscal.CostKind.HOSTING;
import static org.golive.budget.fiscal.CostKind.STAFF;
import static org.golive.budget.fiscal.CostKind.SUBSCRIPTIONS;
import static org.golive.budget.fiscal.FiscalImpactTest.USD;
import static org.golive.budget.fiscal.FiscalImpactTest.usd;
import static org.golive.budget.fiscal.FiscalImpactTest.year;

class FiscalHorizonTest {

    @Test
    void aYearTotalsItsCostsAndBenefitsByKind() {
        YearLine year = YearLine.empty(USD)
                .withCost(SUBSCRIPTIONS, usd("45000.50")).withCost(STAFF, usd("150000"))
                .withBenefit(REVENUE, usd("80000")).withBenefit(AVOIDED_COSTS, usd("125000.25"));

        assertThat(year.totalCosts()).isEqualTo(usd("195000.50"));
        assertThat(year.totalBenefits()).isEqualTo(usd("205000.25"));
        assertThat(year.net()).isEqualTo(usd("9999.75"));
        assertThat(year.cost(HOSTING)).isEqualTo(usd("0"));
        assertThat(year.withCost(STAFF, usd("100000")).cost(STAFF)).isEqualTo(usd("100000"));
        assertThat(year.cost(STAFF)).as("withCost leaves the year as it was").isEqualTo(usd("150000"));
        assertThatThrownBy(() -> year.costs().put(HOSTING, usd("1"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void amountsAreMagnitudesNeverNegative() {
        assertThatThrownBy(() -> YearLine.empty(USD).withCost(STAFF, usd("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("STAFF is USD -1.00: amounts are never negative");
        assertThatThrownBy(() -> YearLine.empty(USD).withBenefit(SAVINGS, usd("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalHorizon.of(usd("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everythingIsInOneCurrency() {
        Currency eur = Currency.getInstance("EUR");

        assertThatThrownBy(() -> YearLine.empty(USD).withCost(STAFF, Money.of("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new YearLine(USD, Map.of(), Map.of(SAVINGS, Money.of("1", "EUR"))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> FiscalHorizon.of(usd("1000"), YearLine.empty(eur)))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThatThrownBy(() -> YearLine.empty(USD).plus(YearLine.empty(eur)))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void yearsAreCountedFromOneAfterGoLive() {
        FiscalHorizon horizon = FiscalHorizon.of(usd("1000"), year("1", "10"), year("2", "20"));

        assertThat(horizon.length()).isEqualTo(2);
        assertThat(horizon.year(1).net()).isEqualTo(usd("9"));
        assertThat(horizon.year(2).net()).isEqualTo(usd("18"));
        assertThatThrownBy(() -> horizon.year(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> horizon.year(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theSumOfHorizonsPadsTheShorterWithEmptyYears() {
        FiscalHorizon twoYears = FiscalHorizon.of(usd("1000"), year("1", "10"), year("2", "20"));
        FiscalHorizon threeYears = FiscalHorizon.of(usd("500"),
                YearLine.empty(USD).withCost(HOSTING, usd("4")), year("5", "50"), year("6", "60"));

        FiscalHorizon sum = FiscalHorizon.sum(List.of(twoYears, threeYears));

        assertThat(sum.implementationCost()).isEqualTo(usd("1500"));
        assertThat(sum.length()).isEqualTo(3);
        assertThat(sum.year(1).cost(STAFF)).isEqualTo(usd("1"));
        assertThat(sum.year(1).cost(HOSTING)).isEqualTo(usd("4"));
        assertThat(sum.year(1).benefit(SAVINGS)).isEqualTo(usd("10"));
        assertThat(sum.year(2)).isEqualTo(year("7", "70"));
        assertThat(sum.year(3)).isEqualTo(year("6", "60"));
    }
}
