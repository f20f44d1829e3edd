package org.golive.tracking.report;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures tracking computes for a rollout, taken on a status date: a draft report refreshes them, a published
 * one keeps them as they were.
 *
 * @param percentComplete  effort-weighted percent complete as recorded when the figures were taken
 * @param plannedPercent   of the plan's weight the baseline planned done by the status date
 * @param completedPercent of the plan's weight done by the status date: tasks finished by then (with the tasks under
 *                         way when the status date is the day the figures were taken)
 * @param earnedValue      null when the rollout's budgets are kept in two currencies
 * @param readiness        null before the plan seeded a scorecard
 */
public record ReportFigures(LocalDate statusDate, LocalDate goLiveDate, LocalDate forecastGoLive,
                           BigDecimal percentComplete, BigDecimal plannedPercent, BigDecimal completedPercent,
                           int overdueTasks, int overdueCriticalTasks, List<Milestone> nextMilestones,
                           String baselineName, Long scheduleVarianceDays, Integer criticalPathFloat,
                           Value earnedValue, Health health, Readiness readiness, Instant takenAt) {

    public record Milestone(String taskId, String title, LocalDate forecast, LocalDate baselineDate, Long slipDays) {
    }

    /** Money as decimal strings in the budget's currency, indices to 4 decimals; null where a divisor is zero. */
    public record Value(String currency, BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal spi,
                       BigDecimal cpi, BigDecimal eac, BigDecimal vac) {
    }

    public record Health(String overall, List<DimensionColour> dimensions) {
    }

    public record DimensionColour(String dimension, String colour, String rule, String value) {
    }

    @Schema(name = "ReportReadiness") // not the health rules' Readiness: one OpenAPI document holds both
    public record Readiness(BigDecimal score, String rating, boolean gated) {
    }

    /** The same figures for a reader who may not see money (contributors): earned value left out. */
    ReportFigures withoutMoney() {
        return new ReportFigures(statusDate, goLiveDate, forecastGoLive, percentComplete, plannedPercent,
                completedPercent, overdueTasks, overdueCriticalTasks, nextMilestones, baselineName,
                scheduleVarianceDays, criticalPathFloat, null, health, readiness, takenAt);
    }
}
