package org.golive.budget.fiscal;

import org.golive.budget.money.CurrencyMismatchException;
import org.golive.budget.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.budget.fiscal.BenefitKind.SAVINGS;
import static org.golive.budget.fiscal.CostKind.MAINTENANCE;
import static org.golive.budget.fiscal.CostKind.STAFF;
import static org.golive.budget.fiscal.FiscalImpactTest.USD;
import static org.golive.budget.fiscal.FiscalImpactTest.levelSite;
import static org.golive.budget.fiscal.FiscalImpactTest.usd;
import static org.golive.budget.fiscal.FiscalImpactTest.year;

/* Expected numbers checked in python3 with exact rationals, like FiscalImpactTest's. */
class FiscalRollUpTest {

    private static final BigDecimal EIGHT_PERCENT = new BigDecimal("0.08");

    /** Implementation 400,000; each year 50,000 of staff, 150,000 of savings (net 100,000); 7 years. */
    private static FiscalHorizon clinic() {
        return FiscalHorizon.sameEveryYear(usd("400000"), year("50000", "150000"), 7);
    }

    @Test
    void aWaveOfTwoSitesIsReadFromTheSumOfTheirFlows() {
        // the hospital (FiscalImpactTest.levelSite: 1,000,000; 200,000 / 500,000 a year; 5 years) and the clinic
        FiscalImpact wave = FiscalImpact.rollUp(List.of(levelSite(), clinic()), EIGHT_PERCENT);

        // years 1..5: costs 200,000 + 50,000, benefits 500,000 + 150,000; years 6, 7: the clinic's alone
        assertThat(wave.horizonYears()).isEqualTo(7);
        assertThat(wave.horizon().year(1).totalCosts()).isEqualTo(usd("250000"));
        assertThat(wave.horizon().year(1).cost(MAINTENANCE)).isEqualTo(usd("120000"));
        assertThat(wave.horizon().year(1).cost(STAFF)).isEqualTo(usd("50000"));
        assertThat(wave.horizon().year(1).benefit(SAVINGS)).isEqualTo(usd("450000"));
        assertThat(wave.horizon().year(6).net()).isEqualTo(usd("100000"));
        // NPV = 197,813.011123... + (-400,000 + 100,000 x a(8 %, 7) = 5.20637005...) 120,637.005922... = 318,450.02
        assertThat(wave.npv()).isEqualTo(usd("318450.02"))
                .isEqualTo(FiscalImpact.of(levelSite(), EIGHT_PERCENT).npv()
                        .plus(FiscalImpact.of(clinic(), EIGHT_PERCENT).npv()));
        // TCO5 = 1,400,000 + 5 x 250,000; no TCO7: the hospital's horizon ends after year 5
        assertThat(wave.completeYears()).isEqualTo(5);
        assertThat(wave.tco5()).contains(usd("2650000"));
        assertThat(wave.tco7()).isEmpty();
        // ROI = (5 x 650,000 + 2 x 150,000 = 3,550,000 - 2,750,000) / (1,400,000 + 5 x 250,000 + 2 x 50,000
        //     = 2,750,000) = 0.290909... -> 0.2909
        assertThat(wave.totalCosts()).isEqualTo(usd("2750000"));
        assertThat(wave.totalBenefits()).isEqualTo(usd("3550000"));
        assertThat(wave.roi()).contains(new BigDecimal("0.2909"));
        // cumulative -1,400,000, -1,000,000, -600,000, -200,000, +200,000: 3 + 200,000 / 400,000 = 3.50
        assertThat(wave.paybackYears()).contains(new BigDecimal("3.50"));
        // discounted cumulative after year 4: -75,149.26; year 5 brings 400,000 / 1.08^5 = 272,233.28: 4.28
        assertThat(wave.discountedPaybackYears()).contains(new BigDecimal("4.28"));
    }

    @Test
    void sitesOfTheSameLengthGiveTheTcoOfThatLength() {
        FiscalImpact wave = FiscalImpact.rollUp(List.of(clinic(), clinic()), EIGHT_PERCENT);

        // 2 x (400,000 + 7 x 50,000)
        assertThat(wave.tco7()).contains(usd("1500000"));
        assertThat(wave.npv()).isEqualTo(usd("241274.01")); // 2 x 120,637.005922... = 241,274.0118...
    }

    @Test
    void theRollUpOfOneSiteIsThatSite() {
        FiscalImpact alone = FiscalImpact.rollUp(List.of(levelSite()), EIGHT_PERCENT);
        FiscalImpact site = FiscalImpact.of(levelSite(), EIGHT_PERCENT);

        assertThat(alone.npv()).isEqualTo(site.npv());
        assertThat(alone.tco5()).isEqualTo(site.tco5());
        assertThat(alone.paybackYears()).isEqualTo(site.paybackYears());
        assertThat(alone.horizon()).isEqualTo(site.horizon());
    }

    @Test
    void sitesInDifferentCurrenciesAreNotRolledUp() {
        FiscalHorizon euroSite = FiscalHorizon.sameEveryYear(Money.of("300000", "EUR"),
                YearLine.empty(java.util.Currency.getInstance("EUR")), 3);

        assertThatThrownBy(() -> FiscalImpact.rollUp(List.of(levelSite(), euroSite), EIGHT_PERCENT))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThatThrownBy(() -> FiscalImpact.rollUp(List.of(), EIGHT_PERCENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(levelSite().currency()).isEqualTo(USD);
    }
}
