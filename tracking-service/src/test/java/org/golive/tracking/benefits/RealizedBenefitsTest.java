package org.golive.tracking.benefits;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class RealizedBenefitsTest {

    /** Agency nursing cost per month, USD: 200,000 before, 150,000 aimed at by the end of 2027. */
    private static final KpiTarget AGENCY_COST = new KpiTarget(Direction.LOWER_IS_BETTER, new BigDecimal("200000"),
            new BigDecimal("150000"), YearMonth.of(2027, 12));

    @Test
    void eachMonthSinceGoLiveGivesItsImprovementOnTheSiteBaselineSummedByYearAfterGoLive() {
        NavigableMap<YearMonth, BigDecimal> values = new TreeMap<>();
        values.put(YearMonth.of(2026, 9), new BigDecimal("210000.00"));  // baseline months: mean 205,000
        values.put(YearMonth.of(2026, 10), new BigDecimal("200000.00"));
        values.put(YearMonth.of(2026, 11), new BigDecimal("215000.00")); // go-live month, a dip: -10,000
        values.put(YearMonth.of(2027, 1), new BigDecimal("190000.005")); // 14,999.995
        values.put(YearMonth.of(2027, 10), new BigDecimal("170000.00")); // year 1 ends with October 2027: 35,000
        values.put(YearMonth.of(2027, 11), new BigDecimal("160000.00")); // year 2: 45,000
        values.put(YearMonth.of(2027, 12), new BigDecimal("150000.00")); // after the month asked: not counted

        List<RealizedBenefits.Year> years = RealizedBenefits.byYear(AGENCY_COST, YearMonth.of(2026, 11), values,
                YearMonth.of(2027, 11), 2);

        assertThat(years).containsExactly(
                new RealizedBenefits.Year(1, new BigDecimal("40000.00"), 3),
                new RealizedBenefits.Year(2, new BigDecimal("45000.00"), 1));
    }

    @Test
    void higherIsBetterCountsTheRiseAndASiteWithoutBaselineMonthsUsesTheProgramsBaseline() {
        KpiTarget revenue = new KpiTarget(Direction.HIGHER_IS_BETTER, new BigDecimal("1000"), new BigDecimal("1500"),
                YearMonth.of(2027, 12));
        NavigableMap<YearMonth, BigDecimal> values = new TreeMap<>();
        values.put(YearMonth.of(2027, 2), new BigDecimal("1100"));
        values.put(YearMonth.of(2027, 3), new BigDecimal("1250"));

        assertThat(RealizedBenefits.byYear(revenue, YearMonth.of(2027, 2), values, YearMonth.of(2027, 3), 0))
                .containsExactly(new RealizedBenefits.Year(1, new BigDecimal("350"), 2));
    }

    @Test
    void aSiteNotLiveByTheMonthAskedHasRealizedNothing() {
        NavigableMap<YearMonth, BigDecimal> baseline = new TreeMap<>();
        baseline.put(YearMonth.of(2026, 9), new BigDecimal("210000.00"));
        assertThat(RealizedBenefits.byYear(AGENCY_COST, YearMonth.of(2027, 3), baseline, YearMonth.of(2026, 11), 2))
                .isEmpty();
    }
}
