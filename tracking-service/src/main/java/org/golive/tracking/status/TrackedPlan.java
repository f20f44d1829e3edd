package org.golive.tracking.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A site rollout's plan as tracking knows it from planning's events.
 *
 * @param baselineName      the latest baseline's name, or null when none was set (progress is then planned on the
 *                          plan as instantiated)
 * @param criticalPathFloat the critical path's total float in working days after the latest change, negative when
 *                          go-live cannot be met; null without a plan
 * @param effortWeighted    whether progress is weighted by effort (some task has one) or else by duration
 * @param statusDate        the status date the project manager set on the plan, null when none: status is then taken
 *                          on it unless another date is asked for
 * @param sequence          the last of the rollout's planning events the plan holds (0: not known), so that figures
 *                          kept from two reads of the plan keep the later one (a plan built for a judgement from
 *                          anything but {@code PlanDocuments} should carry it)
 */
public record TrackedPlan(String rolloutId, String programId, String waveId, String siteName, LocalDate goLiveDate,
                          String baselineName, List<TrackedTask> tasks, List<String> criticalPath,
                          Integer criticalPathFloat, boolean effortWeighted, LocalDate statusDate, long sequence) {

    public TrackedPlan(String rolloutId, String programId, String waveId, String siteName, LocalDate goLiveDate,
                       String baselineName, List<TrackedTask> tasks, List<String> criticalPath,
                       Integer criticalPathFloat, boolean effortWeighted, LocalDate statusDate) {
        this(rolloutId, programId, waveId, siteName, goLiveDate, baselineName, tasks, criticalPath, criticalPathFloat,
                effortWeighted, statusDate, 0);
    }

    public TrackedPlan(String rolloutId, String programId, String waveId, String siteName, LocalDate goLiveDate,
                       String baselineName, List<TrackedTask> tasks, List<String> criticalPath,
                       Integer criticalPathFloat, boolean effortWeighted) {
        this(rolloutId, programId, waveId, siteName, goLiveDate, baselineName, tasks, criticalPath, criticalPathFloat,
                effortWeighted, null);
    }

    public TrackedPlan(String rolloutId, String programId, String waveId, String siteName, LocalDate goLiveDate,
                       String baselineName, List<TrackedTask> tasks, List<String> criticalPath,
                       Integer criticalPathFloat) {
        this(rolloutId, programId, waveId, siteName, goLiveDate, baselineName, List.copyOf(tasks),
                List.copyOf(criticalPath), criticalPathFloat,
                tasks.stream().anyMatch(task -> task.effortHours().signum() > 0));
    }

    public boolean planned() {
        return !tasks.isEmpty();
    }

    /**
     * Each task's weight in the plan's progress: its effort, or its duration (a milestone none) when no task of the
     * plan has an effort.
     */
    public BigDecimal weight(TrackedTask task) {
        return effortWeighted() ? task.effortHours() : BigDecimal.valueOf(task.durationDays());
    }

    public BigDecimal totalWeight() {
        return tasks.stream().map(this::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
