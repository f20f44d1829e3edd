package org.golive.tracking.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Object mother of weekly reports for the domain tests. */
final class ReportMother {

    static final Instant MONDAY_NOON = Instant.parse("2027-02-01T12:00:00Z");
    static final IsoWeek WEEK = IsoWeek.of("2027-W05");

    private ReportMother() {
    }

    static ReportFigures figures(String percentComplete, String spi) {
        return new ReportFigures(WEEK.friday(), LocalDate.of(2027, 6, 5), LocalDate.of(2027, 6, 9),
                new BigDecimal(percentComplete), new BigDecimal("44.0"), new BigDecimal(percentComplete), 2, 1,
                List.of(), "Approved plan", 2L, -2,
                new ReportFigures.Value("USD", new BigDecimal("100000.00"), new BigDecimal("44000.00"),
                        new BigDecimal("41300.00"), new BigDecimal("46000.00"), new BigDecimal(spi),
                        new BigDecimal("0.8978"), new BigDecimal("111380.15"), new BigDecimal("-11380.15")),
                new ReportFigures.Health("AMBER", List.of(new ReportFigures.DimensionColour("SCHEDULE", "AMBER",
                        "schedule.spi", spi))),
                new ReportFigures.Readiness(new BigDecimal("50.0"), "NOT_READY", true), MONDAY_NOON);
    }

    static ReportContent content(String narrative) {
        return new ReportContent(narrative,
                List.of(new ReportContent.Risk("Lab interface vendor late", "Interface lead",
                        ReportContent.Impact.HIGH, "Test on the stub")),
                List.of(new ReportContent.DecisionNeeded("Weekend overtime for the interface team", "CIO",
                        LocalDate.of(2027, 2, 10))));
    }

    static StatusReport draft(String narrative) {
        return StatusReport.draft("r-1", "p-1", "Northwind General", WEEK, content(narrative),
                figures("41.3", "0.9386"), "pm.north", MONDAY_NOON).result();
    }
}
