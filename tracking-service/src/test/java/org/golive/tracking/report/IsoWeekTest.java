package org.golive.tracking.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTest {

    @Test
    void aWeekRunsFromMondayAndIsReportedOnItsFriday() {
        IsoWeek week = IsoWeek.of("2027-W05");

        assertThat(week.monday()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(week.friday()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(week).hasToString("2027-W05");
        assertThat(IsoWeek.containing(LocalDate.of(2027, 2, 7))).isEqualTo(week);
    }

    @Test
    void theFirstDaysOfAYearCanBelongToTheLastWeekOfTheYearBefore() {
        // 2026 begins on a Thursday: it has 53 weeks, and 1 January 2027, a Friday, is in its 53rd.
        assertThat(IsoWeek.containing(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
        assertThat(IsoWeek.of("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(IsoWeek.of("2027-W01").monday()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(IsoWeek.of("2027-W01").minusWeeks(1)).hasToString("2026-W53");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-W53", "2027-W00", "2027-5", "2027W05", "27-W05", "1899-W10", "", "2027-W5"})
    void whatIsNoIsoWeekIsRefused(String text) {
        assertThatThrownBy(() -> IsoWeek.of(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeksSortInTimeOrderAsTextAndAsValues() {
        assertThat(Stream.of("2027-W10", "2026-W53", "2027-W02").map(IsoWeek::of).sorted().map(IsoWeek::toString))
                .containsExactly("2026-W53", "2027-W02", "2027-W10");
    }
}
