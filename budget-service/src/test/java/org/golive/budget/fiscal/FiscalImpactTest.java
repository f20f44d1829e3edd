package org.golive.budget.fiscal;

import org.golive.budget.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.budget.fiscal.BenefitKind.REVENUE;
import static org.golive.budget.fiscal.BenefitKind.SAVINGS;
import static org.golive.budget.fiscal.CostKind.HOSTING;
import static org.golive.budget.fiscal.CostKind.MAINTENANCE;
import static org.golive.budget.fiscal.CostKind.STAFF;

/*
 * Worked examples. Every expected number was computed by hand and checked independently in python3 with exact
 * rationals (fractions.Fraction), rounded only at the end, half to even: NPV to cents, ROI to 4 decimals, payback
 * to 2. The discounted cumulative flows are listed where a payback is read from them.
 */
class FiscalImpactTest {

    static final Currency USD = Currency.getInstance("USD");

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static BigDecimal rate(String fraction) {
        return new BigDecimal(fraction);
    }

    /** A year of one staff cost and one savings benefit. */
    static YearLine year(String costs, String benefits) {
        return YearLine.empty(USD).withCost(STAFF, usd(costs)).withBenefit(SAVINGS, usd(benefits));
    }

    /** Implementation 1,000,000; each year 200,000 of costs (120,000 + 80,000), 500,000 of benefits; 5 years. */
    static FiscalHorizon levelSite() {
        YearLine year = YearLine.empty(USD)
                .withCost(MAINTENANCE, usd("120000")).withCost(HOSTING, usd("80000"))
                .withBenefit(SAVINGS, usd("300000")).withBenefit(REVENUE, usd("200000"));
        return FiscalHorizon.sameEveryYear(usd("1000000"), year, 5);
    }

    @Test
    void levelFlowsAtEightPercent() {
        FiscalImpact impact = FiscalImpact.of(levelSite(), rate("0.08"));

        // NPV = -1,000,000 + 300,000 x a(8 %, 5), a = (1 - 1.08^-5) / 0.08 = 3.99271003707808...
        //     = -1,000,000 + 1,197,813.011123... = 197,813.01 (a rounded to 3.99271 would give 197,813.00)
        assertThat(impact.npv()).isEqualTo(usd("197813.01"));
        // TCO1 = 1,000,000 + 200,000; TCO5 = 1,000,000 + 5 x 200,000; no TCO7 from 5 years
        assertThat(impact.tco1()).contains(usd("1200000"));
        assertThat(impact.tco5()).contains(usd("2000000"));
        assertThat(impact.tco7()).isEmpty();
        // ROI = (2,500,000 - 2,000,000) / 2,000,000 = 0.25
        assertThat(impact.totalCosts()).isEqualTo(usd("2000000"));
        assertThat(impact.totalBenefits()).isEqualTo(usd("2500000"));
        assertThat(impact.netBenefit()).isEqualTo(usd("500000"));
        assertThat(impact.roi()).contains(new BigDecimal("0.2500"));
        assertThat(impact.roiPercent()).contains(new BigDecimal("25.00"));
        // cumulative -1,000,000, -700,000, -400,000, -100,000, +200,000: 3 + 100,000 / 300,000 = 3.33
        assertThat(impact.paybackYears()).contains(new BigDecimal("3.33"));
        // discounted cumulative -1,000,000, -722,222.22, -465,020.58, -226,870.90, -6,361.95, +197,813.01:
        // 4 + 6,361.95 / (300,000 / 1.08^5 = 204,174.96) = 4.0312
        assertThat(impact.discountedPaybackYears()).contains(new BigDecimal("4.03"));
        assertThat(impact.horizonYears()).isEqualTo(5);
        assertThat(impact.discountRate()).isEqualByComparingTo("0.08");
    }

    @Test
    void atAZeroRateTheNpvIsThePlainSumOfTheFlows() {
        // -1,000,000 + 5 x (500,000 - 200,000) = 500,000
        FiscalImpact level = FiscalImpact.of(levelSite(), BigDecimal.ZERO);
        assertThat(level.npv()).isEqualTo(usd("500000")).isEqualTo(level.netBenefit());
        assertThat(level.discountedPaybackYears()).isEqualTo(level.paybackYears()).contains(new BigDecimal("3.33"));

        // -1,000,000 - 100,000 + 300,000 + 500,000 + 450,000 + 580,000 = 730,000
        FiscalImpact uneven = FiscalImpact.of(unevenSite(), BigDecimal.ZERO);
        assertThat(uneven.npv()).isEqualTo(usd("730000")).isEqualTo(uneven.netBenefit());
    }

    @Test
    void aSiteThatNeverEarnsItsCostsBackHasANegativeNpvAndNoPayback() {
        // implementation 2,000,000; each year 300,000 of costs, 650,000 of benefits (net 350,000); 5 years at 10 %
        FiscalImpact impact = FiscalImpact.of(
                FiscalHorizon.sameEveryYear(usd("2000000"), year("300000", "650000"), 5), rate("0.10"));

        // NPV = -2,000,000 + 350,000 x a(10 %, 5) = -2,000,000 + 350,000 x 3.790786769... = -673,224.63
        assertThat(impact.npv()).isEqualTo(usd("-673224.63"));
        assertThat(impact.npv().isNegative()).isTrue();
        // cumulative after 5 years: -2,000,000 + 5 x 350,000 = -250,000, still negative
        assertThat(impact.paybackYears()).isEmpty();
        assertThat(impact.discountedPaybackYears()).isEmpty();
        // ROI = (3,250,000 - 3,500,000) / 3,500,000 = -0.0714285... -> -0.0714
        assertThat(impact.roi()).contains(new BigDecimal("-0.0714"));
        assertThat(impact.roiPercent()).contains(new BigDecimal("-7.14"));
        assertThat(impact.tco5()).contains(usd("3500000"));
    }

    @Test
    void paybackExactlyAtAYearBoundary() {
        // implementation 900,000; each year 100,000 of costs, 400,000 of benefits (net 300,000); 5 years at 6 %
        FiscalImpact impact = FiscalImpact.of(
                FiscalHorizon.sameEveryYear(usd("900000"), year("100000", "400000"), 5), rate("0.06"));

        // cumulative -900,000, -600,000, -300,000, 0: paid back at the end of year 3
        assertThat(impact.paybackYears()).contains(new BigDecimal("3.00"));
        // NPV = -900,000 + 300,000 x a(6 %, 5) = -900,000 + 300,000 x 4.212363786... = 363,709.14
        assertThat(impact.npv()).isEqualTo(usd("363709.14"));
        // discounted cumulative ..., -98,096.42 after year 3, then + 237,628.10: 3 + 0.4128 = 3.41
        assertThat(impact.discountedPaybackYears()).contains(new BigDecimal("3.41"));
        // ROI = (2,000,000 - 1,400,000) / 1,400,000 = 0.428571... -> 0.4286
        assertThat(impact.roi()).contains(new BigDecimal("0.4286"));
    }

    /**
     * Implementation 1,000,000; a go-live dip then growing benefits:
     * year 1: 250,000 / 150,000 (net -100,000); 2: 200,000 / 500,000 (300,000); 3: 200,000 / 700,000 (500,000);
     * 4: 200,000 / 650,000 (450,000); 5: 220,000 / 800,000 (580,000).
     */
    static FiscalHorizon unevenSite() {
        return FiscalHorizon.of(usd("1000000"),
                year("250000", "150000"), year("200000", "500000"), year("200000", "700000"),
                year("200000", "650000"), year("220000", "800000"));
    }

    @Test
    void unevenFlowsPayBackWithinTheYearTheCumulativeTurns() {
        FiscalImpact impact = FiscalImpact.of(unevenSite(), rate("0.07"));

        // cumulative -1,000,000, -1,100,000, -800,000, -300,000, +150,000: 3 + 300,000 / 450,000 = 3.6667 -> 3.67
        assertThat(impact.paybackYears()).contains(new BigDecimal("3.67"));
        // NPV = -1,000,000 - 100,000/1.07 + 300,000/1.07^2 + 500,000/1.07^3 + 450,000/1.07^4 + 580,000/1.07^5
        //     = -1,000,000 - 93,457.94 + 262,031.62 + 408,148.94 + 343,302.85 + 413,531.98 = 333,557.44
        assertThat(impact.npv()).isEqualTo(usd("333557.44"));
        // discounted cumulative after year 4: -79,974.54; year 5 brings 413,531.98: 4 + 0.1934 = 4.19
        assertThat(impact.discountedPaybackYears()).contains(new BigDecimal("4.19"));
        // TCO5 = 1,000,000 + 250,000 + 200,000 + 200,000 + 200,000 + 220,000 = 2,070,000
        assertThat(impact.tco5()).contains(usd("2070000"));
        // ROI = (2,800,000 - 2,070,000) / 2,070,000 = 0.352657... -> 0.3527
        assertThat(impact.roi()).contains(new BigDecimal("0.3527"));
        assertThat(impact.roiPercent()).contains(new BigDecimal("35.27"));
    }

    @Test
    void aTcoBeyondTheHorizonIsNotGiven() {
        FiscalImpact impact = FiscalImpact.of(levelSite(), rate("0.08"));

        assertThat(impact.tco7()).isEmpty();
        assertThat(impact.tco(6)).isEmpty();
        assertThat(impact.tco(5)).contains(usd("2000000"));
        assertThat(impact.tco(0)).contains(usd("1000000"));
        assertThat(impact.completeYears()).isEqualTo(5);
        assertThatThrownBy(() -> impact.tco(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNpvIsRoundedToCentsOnceHalfToEven() {
        // -100 + 50/1.05 + 60/1.05^2 = -100 + 47.619048 + 54.421769 = 2.040816... -> 2.04
        assertThat(FiscalImpact.of(FiscalHorizon.of(usd("100"), year("0", "50"), year("0", "60")), rate("0.05"))
                .npv()).isEqualTo(usd("2.04"));

        // Ties need a rate whose discount factor terminates: at 100 %, 1/(1+r)^t = 0.5^t.
        // -1,000 + 1,000.03 x 0.5 = -499.985: half to even gives -499.98 (half up would give -499.99)
        assertThat(FiscalImpact.of(FiscalHorizon.of(usd("1000"), year("0", "1000.03")), BigDecimal.ONE).npv())
                .isEqualTo(usd("-499.98"));
        // 0.01 x 0.5 + 0.02 x 0.25 = 0.005 + 0.005 = 0.01; rounding each year first would give 0.00 + 0.00
        assertThat(FiscalImpact.of(FiscalHorizon.of(usd("0"), year("0", "0.01"), year("0", "0.02")), BigDecimal.ONE)
                .npv()).isEqualTo(usd("0.01"));
    }

    @Test
    void aCurrencyWithoutCentsIsRoundedToWholeUnits() {
        Currency jpy = Currency.getInstance("JPY");
        YearLine year = YearLine.empty(jpy).withCost(HOSTING, Money.of("8000000", "JPY"))
                .withBenefit(SAVINGS, Money.of("30000000", "JPY"));
        FiscalImpact impact = FiscalImpact.of(FiscalHorizon.sameEveryYear(Money.of("50000000", "JPY"), year, 3),
                rate("0.03"));

        // -50,000,000 + 22,000,000 x a(3 %, 3) = -50,000,000 + 22,000,000 x 2.828611355...
        //     = 12,229,449.81 -> 12,229,450
        assertThat(impact.npv()).isEqualTo(Money.of("12229450", "JPY"));
        // cumulative -50,000,000, -28,000,000, -6,000,000, +16,000,000: 2 + 6 / 22 = 2.2727 -> 2.27
        assertThat(impact.paybackYears()).contains(new BigDecimal("2.27"));
        // ROI = (90,000,000 - 74,000,000) / 74,000,000 = 0.216216... -> 0.2162
        assertThat(impact.roi()).contains(new BigDecimal("0.2162"));
    }

    @Test
    void aLossInALaterYearCanMakeTheDiscountedPaybackComeEarlier() {
        // No implementation cost; year 1 nets +100, year 2 -150 (an upgrade), year 3 +55; at 10 %.
        FiscalImpact impact = FiscalImpact.of(
                FiscalHorizon.of(usd("0"), year("0", "100"), year("150", "0"), year("0", "55")), rate("0.10"));

        // cumulative 0, 100, -50, +5: 2 + 50 / 55 = 2.909 -> 2.91
        assertThat(impact.paybackYears()).contains(new BigDecimal("2.91"));
        // discounted 0, 90.91, -33.06 (= -40 / 1.21), +8.26: 2 + (40 / 1.21) / (55 / 1.331) = 2 + 0.8 = 2.80
        assertThat(impact.discountedPaybackYears()).contains(new BigDecimal("2.80"));
        // NPV = 100/1.1 - 150/1.21 + 55/1.331 = 8.264... -> 8.26
        assertThat(impact.npv()).isEqualTo(usd("8.26"));
    }

    @Test
    void withNothingToPayBackThePaybackIsZeroAndWithoutCostsThereIsNoRoi() {
        FiscalImpact impact = FiscalImpact.of(
                FiscalHorizon.sameEveryYear(usd("0"), year("0", "1000"), 3), rate("0.08"));

        assertThat(impact.paybackYears()).contains(new BigDecimal("0.00"));
        assertThat(impact.discountedPaybackYears()).contains(new BigDecimal("0.00"));
        assertThat(impact.roi()).isEmpty();
        assertThat(impact.roiPercent()).isEmpty();
    }

    @Test
    void aHorizonWithoutYearsIsTheImplementationCostAlone() {
        FiscalImpact impact = FiscalImpact.of(FiscalHorizon.of(usd("500000")), rate("0.08"));

        assertThat(impact.npv()).isEqualTo(usd("-500000"));
        assertThat(impact.tco(0)).contains(usd("500000"));
        assertThat(impact.tco1()).isEmpty();
        // ROI = (0 - 500,000) / 500,000 = -1
        assertThat(impact.roi()).contains(new BigDecimal("-1.0000"));
        assertThat(impact.paybackYears()).isEmpty();
    }

    @Test
    void theDiscountRateIsAFractionFromZeroToOne() {
        assertThatThrownBy(() -> FiscalImpact.of(levelSite(), new BigDecimal("8")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a discount rate of 8: it is a fraction from 0 to 1, 0.08 for 8 percent");
        assertThatThrownBy(() -> FiscalImpact.of(levelSite(), new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        // at 100 %: -1,000,000 + 300,000 x (1/2 + 1/4 + 1/8 + 1/16 + 1/32 = 31/32) = -709,375
        assertThat(FiscalImpact.of(levelSite(), BigDecimal.ONE).npv()).isEqualTo(usd("-709375"));
    }
}
