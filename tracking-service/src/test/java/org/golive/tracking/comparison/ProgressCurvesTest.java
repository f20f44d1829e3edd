package org.golive.tracking.comparison;

import org.golive.tracking.status.ProgressCurves;
import org.golive.tracking.status.Plans;
import org.golive.tracking.status.TrackedPlan;
import org.golive.tracking.status.TrackedTask;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curves kept per rollout give, for every day, the very figures the wave comparison works out from the plan for
 * that day ({@link DerivedFigures}): planned percent complete and percent done by then, to the same digit.
 */
class ProgressCurvesTest {

    private static final LocalDate FROM = LocalDate.parse("2027-01-01");

    @Test
    void theWorkedExampleDayByDay() {
        TrackedPlan plan = Plans.workedExample("r-1");
        ProgressCurves curves = ProgressCurves.of(plan);
        assertSameEveryDay(plan, curves, FROM.minusDays(10), FROM.plusDays(60));
        assertThat(curves.plannedOn(LocalDate.parse("2027-01-22"))).isEqualByComparingTo("50.0"); // design whole, half of build
        assertThat(curves.doneOn(LocalDate.parse("2027-01-15"))).isEqualByComparingTo("25.0");
        assertThat(curves.doneOn(LocalDate.parse("2027-01-14"))).isEqualByComparingTo("0.0");
    }

    /**
     * Plans of every shape the curve's sweep treats apart: starts and finishes on weekends, spans of weekend days
     * only, milestones, a finish before its start, tasks on the same dates, without a baseline, weighted by effort or
     * by duration, done tasks with and without an actual finish.
     */
    @Test
    void randomPlansDayByDay() {
        Random random = new Random(20271207);
        for (int round = 0; round < 300; round++) {
            TrackedPlan plan = randomPlan(random, round);
            assertSameEveryDay(plan, ProgressCurves.of(plan), FROM.minusDays(3), FROM.plusDays(130));
        }
    }

    @Test
    void aPlanWithoutWeightHasNoPercentOnAnyDay() {
        TrackedPlan empty = Plans.plan("r-2", List.of());
        ProgressCurves curves = ProgressCurves.of(empty);
        assertThat(curves.weighted()).isFalse();
        assertSameEveryDay(empty, curves, FROM, FROM.plusDays(3));
    }

    private static void assertSameEveryDay(TrackedPlan plan, ProgressCurves curves, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            BigDecimal planned = DerivedFigures.planned(plan, day);
            BigDecimal done = DerivedFigures.doneBy(plan, day);
            assertThat(curves.plannedOn(day)).as("planned on %s of %s", day, plan.tasks()).isEqualTo(planned);
            assertThat(curves.doneOn(day)).as("done by %s of %s", day, plan.tasks()).isEqualTo(done);
        }
    }

    private static TrackedPlan randomPlan(Random random, int round) {
        boolean byEffort = round % 3 != 0;
        List<TrackedTask> tasks = new ArrayList<>();
        int count = 1 + random.nextInt(round % 10 == 0 ? 60 : 12);
        for (int i = 0; i < count; i++) {
            LocalDate start = FROM.plusDays(random.nextInt(90));
            LocalDate finish = random.nextInt(20) == 0 ? start.minusDays(random.nextInt(3))
                    : start.plusDays(random.nextInt(25));
            if (random.nextInt(6) == 0 && !tasks.isEmpty()) { // the same dates as another task
                TrackedTask other = tasks.get(random.nextInt(tasks.size()));
                start = other.start();
                finish = other.finish();
            }
            boolean milestone = random.nextInt(8) == 0;
            boolean baselined = random.nextInt(4) != 0;
            LocalDate baselineStart = baselined ? start.plusDays(random.nextInt(7) - 3) : null;
            LocalDate baselineFinish = baselined ? finish.plusDays(random.nextInt(7) - 3) : null;
            String status = switch (random.nextInt(3)) {
                case 0 -> "DONE";
                case 1 -> "IN_PROGRESS";
                default -> "NOT_STARTED";
            };
            LocalDate actualFinish = "DONE".equals(status) && random.nextInt(5) != 0
                    ? finish.plusDays(random.nextInt(9) - 4) : null;
            BigDecimal effort = byEffort ? BigDecimal.valueOf(random.nextInt(5) * 7 + random.nextInt(3),
                    random.nextInt(2)) : BigDecimal.ZERO;
            tasks.add(new TrackedTask("t" + i, "Task " + i, "Build", start, finish, milestone ? 0
                    : random.nextInt(30), milestone, false, status, "DONE".equals(status) ? 100 : random.nextInt(100),
                    null, actualFinish, effort, baselineStart, baselineFinish));
        }
        return Plans.plan("r-" + round, tasks);
    }
}
