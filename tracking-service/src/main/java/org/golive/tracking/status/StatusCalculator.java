package org.golive.tracking.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Works out a plan's status on a status date. Plain Java: the figures are the same wherever they are computed. */
public final class StatusCalculator {

    static final int NEXT_MILESTONES = 5;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A plan without weight (no task with effort or duration) is at 0.0 % on every date. */
    private static final BigDecimal NO_WEIGHT = BigDecimal.ZERO.setScale(1);

    private StatusCalculator() {
    }

    public static RolloutStatus status(TrackedPlan plan, LocalDate on) {
        return status(plan, on, ProgressCurves.of(plan));
    }

    /** The status, its burn-up from the plan's curves worked out already ({@link ProgressCurves#of} of this plan). */
    public static RolloutStatus status(TrackedPlan plan, LocalDate on, ProgressCurves curves) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (String status : List.of("NOT_STARTED", "IN_PROGRESS", "DONE")) {
            byStatus.put(status, 0);
        }
        plan.tasks().forEach(task -> byStatus.merge(task.status(), 1, Integer::sum));
        List<RolloutStatus.OverdueTask> overdue = plan.tasks().stream()
                .filter(task -> !task.done() && task.finish().isBefore(on))
                .map(task -> new RolloutStatus.OverdueTask(task.taskId(), task.title(), task.finish(),
                        WorkingDays.between(task.finish(), on), task.critical()))
                .sorted(Comparator.comparing(RolloutStatus.OverdueTask::finish)
                        .thenComparing(RolloutStatus.OverdueTask::taskId))
                .toList();
        List<RolloutStatus.MilestoneForecast> milestones = plan.tasks().stream()
                .filter(task -> task.milestone() && !task.done())
                .sorted(Comparator.comparing(TrackedTask::finish).thenComparing(TrackedTask::taskId))
                .limit(NEXT_MILESTONES)
                .map(task -> new RolloutStatus.MilestoneForecast(task.taskId(), task.title(), task.finish(),
                        task.baselineFinish(), task.baselineFinish() == null ? null
                        : WorkingDays.between(task.baselineFinish(), task.finish())))
                .toList();
        LocalDate baselineFinish = latest(plan, TrackedTask::plannedFinish);
        LocalDate forecastFinish = latest(plan, TrackedTask::finish);
        Integer floatLeft = plan.criticalPathFloat();
        LocalDate forecastGoLive = plan.goLiveDate() == null || floatLeft == null || floatLeft >= 0
                ? plan.goLiveDate() : WorkingDays.plus(plan.goLiveDate(), -floatLeft);
        return new RolloutStatus(plan.rolloutId(), plan.siteName(), on, plan.goLiveDate(), plan.planned(),
                percentComplete(plan), plan.effortWeighted() ? "EFFORT" : "DURATION", byStatus,
                (int) overdue.stream().filter(RolloutStatus.OverdueTask::critical).count(), overdue, milestones,
                plan.baselineName(), baselineFinish, forecastFinish,
                baselineFinish == null ? null : WorkingDays.between(baselineFinish, forecastFinish),
                floatLeft, forecastGoLive, burnUp(plan, on, curves));
    }

    /** Critical tasks not done whose scheduled finish is before the status date. */
    public static int overdueCriticalTasks(TrackedPlan plan, LocalDate on) {
        return (int) plan.tasks().stream().filter(t -> t.critical() && !t.done() && t.finish().isBefore(on)).count();
    }

    /** Effort-weighted percent complete, one decimal; zero for a plan without tasks. */
    public static BigDecimal percentComplete(TrackedPlan plan) {
        return percent(plan, plan.tasks().stream().map(t -> plan.weight(t).multiply(PlannedProgress.done(t)))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Weekly from the plan's first planned start to its last finish, and the status date itself: planned and done by
     * each date from the plan's curves (the same figures as summing its tasks for each date, {@link ProgressCurves}),
     * done on the status date itself with the progress of the tasks under way.
     */
    static List<RolloutStatus.BurnUpPoint> burnUp(TrackedPlan plan, LocalDate on, ProgressCurves curves) {
        if (!plan.planned()) {
            return List.of();
        }
        LocalDate first = plan.tasks().stream().map(TrackedTask::plannedStart).min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = latest(plan, TrackedTask::finish);
        LocalDate plannedLast = latest(plan, TrackedTask::plannedFinish);
        if (plannedLast.isAfter(last)) {
            last = plannedLast;
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusWeeks(1)) {
            dates.add(date);
        }
        if (!dates.contains(last)) {
            dates.add(last);
        }
        if (!on.isBefore(first) && !on.isAfter(last) && !dates.contains(on)) {
            dates.add(on);
        }
        dates.sort(Comparator.naturalOrder());
        BigDecimal done = percentComplete(plan);
        return dates.stream().map(date -> new RolloutStatus.BurnUpPoint(date,
                curves.weighted() ? curves.plannedOn(date) : NO_WEIGHT,
                date.isAfter(on) ? null : date.equals(on) ? done : curves.weighted() ? curves.doneOn(date) : NO_WEIGHT))
                .toList();
    }

    private static BigDecimal percent(TrackedPlan plan, BigDecimal part) {
        BigDecimal total = plan.totalWeight();
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return part.multiply(HUNDRED).divide(total, MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_EVEN);
    }

    private static LocalDate latest(TrackedPlan plan, Function<TrackedTask, LocalDate> date) {
        return plan.tasks().stream().map(date).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    }
}
