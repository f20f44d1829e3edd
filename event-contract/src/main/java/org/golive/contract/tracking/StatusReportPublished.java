package org.golive.contract.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rollout's weekly status report was published, or a published one corrected (a new revision; the earlier ones
 * stay in the report's history). Carries the project manager's narrative, top risks and decisions needed, and the
 * figures frozen at publication. Key: rollout id.
 *
 * @param week              the ISO week reported on, e.g. {@code 2027-W05}
 * @param revision          1 for the first publication, then one more per correction
 * @param correctionReason  why a correction was published; null for the first publication
 * @param statusDate        the day the figures were measured on (the week's Friday, or earlier while it ran)
 * @param percentComplete   effort-weighted percent complete, one decimal
 * @param plannedPercent    percent of the plan's weight the baseline planned done by the status date, one decimal
 * @param overdueTasks      tasks not done whose scheduled finish is before the status date
 * @param scheduleVarianceDays working days from the baseline's finish to the forecast finish (positive is late), or
 *                          null without a baseline
 * @param spi               schedule performance index as a decimal string, or null (nothing planned yet)
 * @param cpi               cost performance index as a decimal string, or null (no actual cost yet)
 * @param overallHealth     GREEN, AMBER, RED or NO_DATA on the status date
 * @param readinessScore    the readiness score (gate applied), or null before the plan seeded a scorecard
 */
public record StatusReportPublished(
        String rolloutId,
        String programId,
        String week,
        int revision,
        String correctionReason,
        LocalDate statusDate,
        LocalDate goLiveDate,
        LocalDate forecastGoLive,
        BigDecimal percentComplete,
        BigDecimal plannedPercent,
        int overdueTasks,
        Long scheduleVarianceDays,
        String spi,
        String cpi,
        String overallHealth,
        BigDecimal readinessScore,
        String narrative,
        List<Risk> risks,
        List<DecisionNeeded> decisions,
        String publishedBy,
        Instant publishedAt) {

    public static final String TYPE = "org.golive.tracking.status-report.published.v1";

    /** @param impact LOW, MEDIUM, HIGH or CRITICAL */
    public record Risk(String title, String owner, String impact, String mitigation) {
    }

    /** @param decider who decides (a person or a body); @param dueBy the day the decision is needed by */
    public record DecisionNeeded(String decision, String decider, LocalDate dueBy) {
    }
}
