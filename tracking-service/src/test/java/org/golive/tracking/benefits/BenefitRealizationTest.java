package org.golive.tracking.benefits;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenefitRealizationTest {

    /** Year 1 assumes 120,000, year 2 240,000: a twelfth of the year's amount for each month of it begun. */
    private static final BenefitRealization.Assumed PLAN = new BenefitRealization.Assumed("USD", List.of(
            new BenefitRealization.AssumedYear(1, new BigDecimal("120000.00")),
            new BenefitRealization.AssumedYear(2, new BigDecimal("240000.00"))));
    private static final YearMonth GO_LIVE = YearMonth.of(2026, 6);

    @Test
    void theAssumedBenefitToDateCountsATwelfthOfTheYearForEachMonthLive() {
        assertThat(BenefitRealization.assumedToDate(PLAN, GO_LIVE, YearMonth.of(2026, 6), 2))
                .isEqualTo("10000.00");
        assertThat(BenefitRealization.assumedToDate(PLAN, GO_LIVE, YearMonth.of(2027, 5), 2))
                .as("year 1 whole").isEqualTo("120000.00");
        assertThat(BenefitRealization.assumedToDate(PLAN, GO_LIVE, YearMonth.of(2027, 8), 2))
                .as("year 1 and three months of year 2").isEqualTo("180000.00");
        assertThat(BenefitRealization.assumedToDate(PLAN, GO_LIVE, YearMonth.of(2031, 1), 2))
                .as("past the plan's horizon nothing more is assumed").isEqualTo("360000.00");
    }

    @Test
    void beforeTheGoLiveMonthNothingIsAssumedAndThereIsNoRatio() {
        assertThat(BenefitRealization.monthsLive(GO_LIVE, YearMonth.of(2026, 5))).isZero();
        assertThat(BenefitRealization.assumedToDate(PLAN, GO_LIVE, YearMonth.of(2026, 5), 2)).isEqualTo("0.00");
        assertThat(BenefitRealization.ratio(BigDecimal.ZERO, new BigDecimal("0.00"))).isNull();
    }

    @Test
    void theRatioIsRealizedOverAssumedToFourDecimalsAndMayBeNegativeOrAboveOne() {
        assertThat(BenefitRealization.ratio(new BigDecimal("45000.00"), new BigDecimal("60000.00")))
                .isEqualTo("0.7500");
        assertThat(BenefitRealization.ratio(new BigDecimal("-5000.00"), new BigDecimal("10000.00")))
                .as("the go-live month's dip").isEqualTo("-0.5000");
        assertThat(BenefitRealization.ratio(new BigDecimal("20000.00"), new BigDecimal("15000.00")))
                .isEqualTo("1.3333");
    }

    @Test
    void aYenPlanIsRoundedToWholeYen() {
        BenefitRealization.Assumed yen = new BenefitRealization.Assumed("JPY", List.of(
                new BenefitRealization.AssumedYear(1, new BigDecimal("1000"))));
        assertThat(BenefitRealization.assumedToDate(yen, GO_LIVE, GO_LIVE, 0)).isEqualTo("83");
    }
}
