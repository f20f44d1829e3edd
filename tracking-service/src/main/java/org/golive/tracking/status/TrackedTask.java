package org.golive.tracking.status;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A task of a site plan as tracking keeps it from planning's events: current dates and progress, and its dates in
 * the baseline progress is measured against.
 *
 * @param effortHours    planned effort, zero when the plan gives none
 * @param baselineStart  the task's start in the current baseline (or the plan as instantiated), or null when it was
 *                       added after
 */
public record TrackedTask(String taskId, String title, String phase, LocalDate start, LocalDate finish,
                          int durationDays, boolean milestone, boolean critical, String status, int percentComplete,
                          LocalDate actualStart, LocalDate actualFinish, BigDecimal effortHours,
                          LocalDate baselineStart, LocalDate baselineFinish) {

    public static final String DONE = "DONE";

    public boolean done() {
        return DONE.equals(status);
    }

    /** The dates progress is planned on: the baseline's, or the current ones for a task added after it. */
    public LocalDate plannedStart() {
        return baselineStart != null ? baselineStart : start;
    }

    public LocalDate plannedFinish() {
        return baselineFinish != null ? baselineFinish : finish;
    }
}
