package org.golive.tracking.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrendsTest {

    private static StatusReport published(String week, String percent, String spi) {
        StatusReport report = StatusReport.draft("r-1", "p-1", "Site", IsoWeek.of(week),
                ReportMother.content("Week " + week), ReportMother.figures(percent, spi), "pm", Instant.EPOCH)
                .result();
        report.publish("pm", Instant.EPOCH);
        return report;
    }

    @Test
    void onePointPerPublishedWeekOldestFirstDraftsLeftOut() {
        StatusReport draft = StatusReport.draft("r-1", "p-1", "Site", IsoWeek.of("2027-W07"),
                ReportMother.content("not yet"), ReportMother.figures("50.0", "0.9000"), "pm", Instant.EPOCH).result();

        Trends trends = Trends.of("r-1", List.of(published("2027-W06", "45.0", "0.9100"), draft,
                published("2027-W05", "41.3", "0.9386")), true);

        assertThat(trends.points()).extracting(Trends.Point::week).containsExactly("2027-W05", "2027-W06");
        assertThat(trends.points()).extracting(p -> p.spi().toPlainString()).containsExactly("0.9386", "0.9100");
        assertThat(trends.points()).extracting(p -> p.completedPercent().toPlainString())
                .containsExactly("41.3", "45.0");
        assertThat(trends.points().get(0).cpi()).isEqualByComparingTo("0.8978");
        assertThat(trends.points().get(0).readinessScore()).isEqualByComparingTo("50.0");
        assertThat(trends.points().get(0).plannedPercent()).isEqualByComparingTo("44.0");
    }

    @Test
    void aReaderWhoMayNotSeeEarnedValueGetsNoIndices() {
        Trends trends = Trends.of("r-1", List.of(published("2027-W05", "41.3", "0.9386")), false);

        assertThat(trends.points()).singleElement().satisfies(point -> {
            assertThat(point.spi()).isNull();
            assertThat(point.cpi()).isNull();
            assertThat(point.completedPercent()).isEqualByComparingTo("41.3");
        });
    }
}
