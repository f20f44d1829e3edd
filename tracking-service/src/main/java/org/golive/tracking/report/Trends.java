package org.golive.tracking.report;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A rollout's series for charts, one point per published week, oldest first: the burn-up (planned against
 * completed), SPI and CPI, and the readiness score, as the reports froze them (a corrected report counts once, with
 * the figures it was published with).
 *
 * @param spi null where nothing was planned yet or the reader may not see earned value; likewise {@code cpi}
 */
record Trends(String rolloutId, List<Point> points) {

    @Schema(name = "TrendPoint") // not the wave comparison's Point: one OpenAPI document holds both
    record Point(String week, LocalDate statusDate, BigDecimal plannedPercent, BigDecimal completedPercent,
                 BigDecimal spi, BigDecimal cpi, BigDecimal readinessScore, String overallHealth) {
    }

    static Trends of(String rolloutId, List<StatusReport> published, boolean money) {
        return new Trends(rolloutId, published.stream()
                .filter(report -> report.state() == StatusReport.State.PUBLISHED)
                .sorted((a, b) -> a.week().compareTo(b.week()))
                .map(report -> point(report.week(), report.figures(), money)).toList());
    }

    private static Point point(IsoWeek week, ReportFigures f, boolean money) {
        ReportFigures.Value value = money ? f.earnedValue() : null;
        return new Point(week.toString(), f.statusDate(), f.plannedPercent(), f.completedPercent(),
                value == null ? null : value.spi(), value == null ? null : value.cpi(),
                f.readiness() == null ? null : f.readiness().score(),
                f.health() == null ? null : f.health().overall());
    }
}
