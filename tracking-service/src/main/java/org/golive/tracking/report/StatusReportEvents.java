package org.golive.tracking.report;

import org.golive.contract.tracking.StatusReportPublished;
import org.golive.platform.outbox.RaisedEvent;

import java.math.BigDecimal;

/** The event a published (or corrected) report raises, in the contract's shape, keyed by rollout. */
final class StatusReportEvents {

    private StatusReportEvents() {
    }

    static RaisedEvent published(StatusReport report) {
        ReportFigures f = report.figures();
        ReportContent c = report.content();
        ReportFigures.Value value = f.earnedValue();
        return RaisedEvent.of(report.rolloutId(), new StatusReportPublished(report.rolloutId(), report.programId(),
                report.week().toString(), report.revision(), report.correctionReason(), f.statusDate(),
                f.goLiveDate(), f.forecastGoLive(), f.percentComplete(), f.plannedPercent(), f.overdueTasks(),
                f.scheduleVarianceDays(), text(value == null ? null : value.spi()),
                text(value == null ? null : value.cpi()), f.health() == null ? "NO_DATA" : f.health().overall(),
                f.readiness() == null ? null : f.readiness().score(), c.narrative(),
                c.risks().stream().map(r -> new StatusReportPublished.Risk(r.title(), r.owner(), r.impact().name(),
                        r.mitigation())).toList(),
                c.decisions().stream().map(d -> new StatusReportPublished.DecisionNeeded(d.decision(), d.decider(),
                        d.dueBy())).toList(),
                report.publishedBy(), report.publishedAt()));
    }

    private static String text(BigDecimal index) {
        return index == null ? null : index.toPlainString();
    }
}
