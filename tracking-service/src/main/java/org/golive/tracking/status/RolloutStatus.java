package org.golive.tracking.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where a site's plan stands on a status date.
 *
 * @param percentComplete      effort-weighted (duration-weighted when the plan has no effort), one decimal
 * @param weighting            EFFORT or DURATION
 * @param baselineName         the baseline measured against; null: the plan as instantiated
 * @param scheduleVarianceDays working days from the baseline's finish to the forecast finish; positive is late
 * @param criticalPathFloat    working days the critical path may still slip before go-live; negative: go-live cannot
 *                             be met as planned
 * @param forecastGoLive       go-live, pushed by the critical path's negative float
 */
public record RolloutStatus(String rolloutId, String siteName, LocalDate statusDate, LocalDate goLiveDate,
                            boolean planned, BigDecimal percentComplete, String weighting,
                            Map<String, Integer> tasksByStatus, int overdueCriticalTasks,
                            List<OverdueTask> overdueTasks, List<MilestoneForecast> nextMilestones,
                            String baselineName, LocalDate baselineFinish, LocalDate forecastFinish,
                            Long scheduleVarianceDays, Integer criticalPathFloat, LocalDate forecastGoLive,
                            List<BurnUpPoint> burnUp) {

    /** @param workingDaysOverdue working days since its scheduled finish */
    public record OverdueTask(String taskId, String title, LocalDate finish, long workingDaysOverdue,
                              boolean critical) {
    }

    /** @param slipDays working days from the baseline date to the forecast; null without a baseline date */
    public record MilestoneForecast(String taskId, String title, LocalDate forecast, LocalDate baselineDate,
                                    Long slipDays) {
    }

    /**
     * @param plannedPercent   of the plan's weight the baseline planned done by this date
     * @param completedPercent of the plan's weight done by this date (tasks finished; on the status date, with the
     *                         tasks under way), null after the status date
     */
    public record BurnUpPoint(LocalDate date, BigDecimal plannedPercent, BigDecimal completedPercent) {
    }
}
