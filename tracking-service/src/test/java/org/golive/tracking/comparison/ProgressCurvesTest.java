package org.golive.tracking.comparison;

import org.golive.tracking.status.ProgressCurves;
import org.golive.tracking.status.Plans;
import org.golive.tracking.status.TrackedPlan;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
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
            TrackedPlan plan = Plans.random(random, round, FROM);
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
}
