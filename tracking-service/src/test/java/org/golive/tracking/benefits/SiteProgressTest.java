package org.golive.tracking.benefits;

import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteProgressTest {

    /** Medication errors per 1,000 doses: 4.0 before the EHR, 2.0 by December 2027. */
    private static final KpiTarget ERRORS = new KpiTarget(Direction.LOWER_IS_BETTER, new BigDecimal("4.0"),
            new BigDecimal("2.0"), YearMonth.of(2027, 12));
    /** Go-live in January 2027: the path runs over 11 months, January to December. */
    private static final YearMonth GO_LIVE = YearMonth.of(2027, 1);

    private static NavigableMap<YearMonth, BigDecimal> values(Map<String, String> byMonth) {
        NavigableMap<YearMonth, BigDecimal> values = new TreeMap<>();
        byMonth.forEach((month, value) -> values.put(YearMonth.parse(month), new BigDecimal(value)));
        return values;
    }

    @Test
    void theSiteBaselineIsTheMeanOfItsMonthsBeforeGoLiveAndProgressCountsFromIt() {
        // Baseline (5.0 + 4.6) / 2 = 4.8; in July, 3.2 is 1.6 of the 2.8 to go: 57.1 %; the path expects 6/11.
        SiteProgress july = SiteProgress.of(ERRORS, GO_LIVE, values(Map.of("2026-11", "5.0", "2026-12", "4.6",
                "2027-03", "4.1", "2027-07", "3.2")), YearMonth.of(2027, 7));

        assertThat(july.siteBaseline()).isEqualByComparingTo("4.8");
        assertThat(july.baselineFromSite()).isTrue();
        assertThat(july.current()).isEqualByComparingTo("3.2");
        assertThat(july.currentPeriod()).isEqualTo(YearMonth.of(2027, 7));
        assertThat(july.progressPercent()).isEqualByComparingTo("57.1");
        assertThat(july.expectedPercent()).isEqualByComparingTo("54.5");
        assertThat(july.pathValue()).isEqualByComparingTo(new BigDecimal("4.8").subtract(
                new BigDecimal("2.8").multiply(new BigDecimal(6)).divide(new BigDecimal(11), SiteProgress.PRECISION)));
        assertThat(july.status()).isEqualTo(SiteProgress.Status.ON_TRACK);
    }

    @Test
    void aSiteBehindItsLinearPathLagsAndOneAtTheTargetHasMetIt() {
        NavigableMap<YearMonth, BigDecimal> values = values(Map.of("2026-12", "4.0", "2027-06", "3.6"));
        // In June (5 of 11 months along, 45.5 %) a 0.4 improvement of 2.0 is 20 %: lagging.
        SiteProgress june = SiteProgress.of(ERRORS, GO_LIVE, values, YearMonth.of(2027, 6));
        assertThat(june.progressPercent()).isEqualByComparingTo("20.0");
        assertThat(june.expectedPercent()).isEqualByComparingTo("45.5");
        assertThat(june.status()).isEqualTo(SiteProgress.Status.LAGGING);
        // Still 3.6 in September (its latest value), still further behind.
        assertThat(SiteProgress.of(ERRORS, GO_LIVE, values, YearMonth.of(2027, 9)).status())
                .isEqualTo(SiteProgress.Status.LAGGING);

        values.put(YearMonth.of(2027, 8), new BigDecimal("1.9"));
        SiteProgress august = SiteProgress.of(ERRORS, GO_LIVE, values, YearMonth.of(2027, 8));
        assertThat(august.status()).isEqualTo(SiteProgress.Status.TARGET_MET);
        assertThat(august.progressPercent()).isEqualByComparingTo("105.0");
    }

    @Test
    void exactlyOnThePathIsOnTrackAndAHairBehindIsLagging() {
        KpiTarget adoption = new KpiTarget(Direction.HIGHER_IS_BETTER, new BigDecimal("0"), new BigDecimal("100"),
                YearMonth.of(2027, 5));
        // Four months from January to May: March expects half the way.
        assertThat(SiteProgress.of(adoption, GO_LIVE, values(Map.of("2027-03", "50")), YearMonth.of(2027, 3))
                .status()).isEqualTo(SiteProgress.Status.ON_TRACK);
        assertThat(SiteProgress.of(adoption, GO_LIVE, values(Map.of("2027-03", "49.99")), YearMonth.of(2027, 3))
                .status()).isEqualTo(SiteProgress.Status.LAGGING);
    }

    @Test
    void beforeGoLiveASiteIsNotLiveAndWithoutValuesSinceItHasNoData() {
        NavigableMap<YearMonth, BigDecimal> baselineOnly = values(Map.of("2026-12", "4.4"));
        SiteProgress december = SiteProgress.of(ERRORS, GO_LIVE, baselineOnly, YearMonth.of(2026, 12));
        assertThat(december.status()).isEqualTo(SiteProgress.Status.NOT_LIVE);
        assertThat(december.siteBaseline()).isEqualByComparingTo("4.4");
        assertThat(december.progressPercent()).isNull();

        SiteProgress march = SiteProgress.of(ERRORS, GO_LIVE, baselineOnly, YearMonth.of(2027, 3));
        assertThat(march.status()).isEqualTo(SiteProgress.Status.NO_DATA);
        assertThat(march.expectedPercent()).isEqualByComparingTo("18.2");
    }

    @Test
    void withoutBaselineMonthsTheProgramsBaselineCounts() {
        SiteProgress p = SiteProgress.of(ERRORS, GO_LIVE, values(Map.of("2027-02", "3.0")), YearMonth.of(2027, 2));
        assertThat(p.baselineFromSite()).isFalse();
        assertThat(p.siteBaseline()).isEqualByComparingTo("4.0");
        assertThat(p.progressPercent()).isEqualByComparingTo("50.0");
    }

    @Test
    void theGoLiveMonthExpectsNothingYetAndTheTargetMonthEverything() {
        assertThat(SiteProgress.expectedShare(GO_LIVE, YearMonth.of(2027, 12), GO_LIVE)).isZero();
        assertThat(SiteProgress.expectedShare(GO_LIVE, YearMonth.of(2027, 12), YearMonth.of(2028, 6)))
                .isEqualByComparingTo("1");
        // A site going live after the target month owes the target at once.
        assertThat(SiteProgress.expectedShare(YearMonth.of(2028, 3), YearMonth.of(2027, 12), YearMonth.of(2028, 3)))
                .isEqualByComparingTo("1");
    }

    @Test
    void aSiteThatStartedBeyondTheTargetHasNoWayToGoOnlyWhetherItHolds() {
        NavigableMap<YearMonth, BigDecimal> values = values(Map.of("2026-12", "1.8", "2027-02", "1.9"));
        SiteProgress holding = SiteProgress.of(ERRORS, GO_LIVE, values, YearMonth.of(2027, 2));
        assertThat(holding.status()).isEqualTo(SiteProgress.Status.TARGET_MET);
        assertThat(holding.progressPercent()).isNull();
        values.put(YearMonth.of(2027, 3), new BigDecimal("2.3"));
        assertThat(SiteProgress.of(ERRORS, GO_LIVE, values, YearMonth.of(2027, 3)).status())
                .isEqualTo(SiteProgress.Status.LAGGING);
    }

    @Test
    void aTargetNoBetterThanTheBaselineIsRefused() {
        assertThatThrownBy(() -> new KpiTarget(Direction.LOWER_IS_BETTER, new BigDecimal("2"), new BigDecimal("3"),
                YearMonth.of(2027, 1))).isInstanceOf(RuleViolationException.class).hasMessageContaining("lower");
        assertThatThrownBy(() -> new KpiTarget(Direction.HIGHER_IS_BETTER, new BigDecimal("2"), new BigDecimal("2"),
                YearMonth.of(2027, 1))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theProgramTakesTheMeanOfTheSitesProgressAndListsTheLagging() {
        SiteProgress ahead = SiteProgress.of(ERRORS, GO_LIVE, values(Map.of("2026-12", "4.0", "2027-06", "2.8")),
                YearMonth.of(2027, 6));
        SiteProgress behind = SiteProgress.of(ERRORS, GO_LIVE, values(Map.of("2026-12", "4.0", "2027-06", "3.6")),
                YearMonth.of(2027, 6));
        SiteProgress notLive = SiteProgress.of(ERRORS, YearMonth.of(2027, 9), values(Map.of()),
                YearMonth.of(2027, 6));

        ProgramProgress program = ProgramProgress.of(List.of(new ProgramProgress.Site("a", ahead),
                new ProgramProgress.Site("b", behind), new ProgramProgress.Site("c", notLive)));

        assertThat(program.progressPercent()).isEqualByComparingTo("40.0"); // (60 + 20) / 2
        assertThat(program.expectedPercent()).isEqualByComparingTo("45.5");
        assertThat(program.lagging()).containsExactly("b");
        assertThat(program.sitesByStatus()).containsEntry(SiteProgress.Status.ON_TRACK, 1)
                .containsEntry(SiteProgress.Status.LAGGING, 1).containsEntry(SiteProgress.Status.NOT_LIVE, 1)
                .containsEntry(SiteProgress.Status.TARGET_MET, 0);
    }
}
