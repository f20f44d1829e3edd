package org.golive.tracking.status;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCalculatorTest {

    private static final LocalDate STATUS_DATE = LocalDate.parse("2027-01-22");

    @Test
    void percentCompleteIsWeightedByEffort() {
        // (100 × 100 % + 200 × 30 % + 100 × 0 %) / 400 hours = 40 %
        RolloutStatus status = StatusCalculator.status(Plans.workedExample("r"), STATUS_DATE);

        assertThat(status.percentComplete()).isEqualByComparingTo("40.0");
        assertThat(status.weighting()).isEqualTo("EFFORT");
        assertThat(status.tasksByStatus()).containsEntry("DONE", 1).containsEntry("IN_PROGRESS", 1)
                .containsEntry("NOT_STARTED", 1);
    }

    @Test
    void withoutEffortProgressIsWeightedByDuration() {
        TrackedTask first = Plans.task("a", "2027-01-04", "2027-01-08", 0, "DONE", 100); // 5 days
        TrackedTask second = Plans.task("b", "2027-01-11", "2027-01-29", 0, "NOT_STARTED", 0); // 15 days

        RolloutStatus status = StatusCalculator.status(Plans.plan("r", List.of(first, second)), STATUS_DATE);

        assertThat(status.weighting()).isEqualTo("DURATION");
        assertThat(status.percentComplete()).isEqualByComparingTo("25.0");
    }

    @Test
    void anOpenTaskPastItsFinishIsOverdueAndCountedWhenCritical() {
        TrackedTask late = critical(Plans.task("late", "2027-01-11", "2027-01-19", 40, "IN_PROGRESS", 50));
        TrackedTask lateToo = Plans.task("other", "2027-01-11", "2027-01-20", 40, "NOT_STARTED", 0);
        TrackedTask done = Plans.task("done", "2027-01-04", "2027-01-08", 40, "DONE", 100);

        RolloutStatus status = StatusCalculator.status(Plans.plan("r", List.of(late, lateToo, done)), STATUS_DATE);

        assertThat(status.overdueTasks()).extracting(RolloutStatus.OverdueTask::taskId).containsExactly("late", "other");
        assertThat(status.overdueTasks().get(0).workingDaysOverdue()).isEqualTo(3);
        assertThat(status.overdueCriticalTasks()).isEqualTo(1);
    }

    @Test
    void negativeFloatPushesTheForecastGoLiveAndVarianceIsAgainstTheBaseline() {
        TrackedTask slipped = new TrackedTask("build", "Build", "Build", LocalDate.parse("2027-01-18"),
                LocalDate.parse("2027-02-05"), 15, false, true, "IN_PROGRESS", 10, null, null, BigDecimal.TEN,
                LocalDate.parse("2027-01-18"), LocalDate.parse("2027-01-29"));
        TrackedTask milestone = new TrackedTask("go-live", "Go-live", "Go-live", LocalDate.parse("2027-02-08"),
                LocalDate.parse("2027-02-08"), 0, true, true, "NOT_STARTED", 0, null, null, BigDecimal.ZERO,
                LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-01"));
        TrackedPlan plan = new TrackedPlan("r", "p", "w", "Site", LocalDate.parse("2027-02-01"), "Approved plan",
                List.of(slipped, milestone), List.of("build", "go-live"), -5);

        RolloutStatus status = StatusCalculator.status(plan, STATUS_DATE);

        assertThat(status.scheduleVarianceDays()).as("1 Feb to 8 Feb").isEqualTo(5);
        assertThat(status.criticalPathFloat()).isEqualTo(-5);
        assertThat(status.forecastGoLive()).isEqualTo(LocalDate.parse("2027-02-08"));
        assertThat(status.nextMilestones()).singleElement().satisfies(m -> {
            assertThat(m.forecast()).isEqualTo(LocalDate.parse("2027-02-08"));
            assertThat(m.slipDays()).isEqualTo(5);
        });
    }

    @Test
    void theBurnUpPlansAlongTheBaselineAndCountsWhatIsDoneUpToTheStatusDate() {
        List<RolloutStatus.BurnUpPoint> burnUp = StatusCalculator.status(Plans.workedExample("r"), STATUS_DATE)
                .burnUp();

        assertThat(burnUp).extracting(RolloutStatus.BurnUpPoint::date).startsWith(LocalDate.parse("2027-01-04"))
                .contains(STATUS_DATE).endsWith(LocalDate.parse("2027-02-12"));
        RolloutStatus.BurnUpPoint onStatusDate = burnUp.stream().filter(p -> p.date().equals(STATUS_DATE))
                .findFirst().orElseThrow();
        assertThat(onStatusDate.plannedPercent()).isEqualByComparingTo("50.0");
        assertThat(onStatusDate.completedPercent()).isEqualByComparingTo("40.0");
        RolloutStatus.BurnUpPoint afterwards = burnUp.get(burnUp.size() - 1);
        assertThat(afterwards.plannedPercent()).isEqualByComparingTo("100.0");
        assertThat(afterwards.completedPercent()).isNull();
        assertThat(burnUp.get(2).completedPercent()).as("18 Jan: the first task done").isEqualByComparingTo("25.0");
    }

    private static TrackedTask critical(TrackedTask t) {
        return new TrackedTask(t.taskId(), t.title(), t.phase(), t.start(), t.finish(), t.durationDays(), t.milestone(),
                true, t.status(), t.percentComplete(), t.actualStart(), t.actualFinish(), t.effortHours(),
                t.baselineStart(), t.baselineFinish());
    }

    /**
     * The burn-up read from the plan's curves gives, at each of its dates, the figures of summing the plan's tasks for
     * that date (planned by the baseline; done: the tasks finished by then; on the status date: percent complete).
     */
    @Test
    void theBurnUpFromTheCurvesIsTheSumOfTheTasksAtEveryPoint() {
        Random random = new Random(20271208);
        for (int round = 0; round < 200; round++) {
            TrackedPlan plan = Plans.random(random, round, FIRST_START);
            LocalDate on = FIRST_START.plusDays(random.nextInt(140) - 20);
            for (RolloutStatus.BurnUpPoint point : StatusCalculator.status(plan, on).burnUp()) {
                LocalDate date = point.date();
                assertThat(point.plannedPercent()).as("planned on %s of %s", date, plan.tasks())
                        .isEqualTo(summed(plan, task -> PlannedProgress.fraction(task, date)));
                BigDecimal done = date.isAfter(on) ? null : date.equals(on) ? StatusCalculator.percentComplete(plan)
                        : summed(plan, task -> task.done() && task.actualFinish() != null
                                && !task.actualFinish().isAfter(date) ? BigDecimal.ONE : BigDecimal.ZERO);
                assertThat(point.completedPercent()).as("done by %s of %s", date, plan.tasks()).isEqualTo(done);
            }
        }
    }

    private static final LocalDate FIRST_START = LocalDate.parse("2027-03-01");

    private static BigDecimal summed(TrackedPlan plan, Function<TrackedTask, BigDecimal> share) {
        BigDecimal total = plan.totalWeight();
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal part = plan.tasks().stream().map(task -> plan.weight(task).multiply(share.apply(task)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return part.multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL128)
                .setScale(1, RoundingMode.HALF_EVEN);
    }
}
