package org.golive.planning.plan;

import java.time.LocalDate;

/** A milestone whose forecast moved past (or further past) its date in the latest baseline. */
public record MilestoneSlip(PlanTask task, String baselineName, LocalDate baselineDate, LocalDate previousForecast,
                            LocalDate forecast, int slipDays) {
}
