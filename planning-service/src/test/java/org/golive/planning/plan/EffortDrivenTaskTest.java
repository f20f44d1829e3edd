package org.golive.planning.plan;

import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Effort-driven tasks in a site plan, as MS Project schedules them: duration = work / (units x hours per day) once
 * units are assigned; changing units or work recomputes it; fixed-duration tasks keep theirs. Monday-to-Friday
 * calendar, 8-hour days.
 */
class EffortDrivenTaskTest {

    /** Monday. */
    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7);

    private static TaskDefinition training(String work, boolean effortDriven) {
        return new TaskDefinition(null, null, "End-user training", -42, null, 10, List.of(), new BigDecimal(work),
                null, null, null, null, null, null, effortDriven, null);
    }

    private static SitePlan plan(TaskDefinition training) {
        List<BlueprintTask> tasks = List.of(
                new BlueprintTask("training", training),
                new BlueprintTask("go-live", new TaskDefinition(null, null, "Go-live", 0, null, 0,
                        List.of(new Dependency("training", Dependency.DependencyType.FS, 0)), null, null, null)));
        return SitePlan.create(new Blueprint(new Source("tpl", "Standard", 1, null), tasks),
                PlanCalendar.MONDAY_TO_FRIDAY, GO_LIVE);
    }

    @Test
    void withNobodyAssignedTheTaskKeepsThePlannersDuration() {
        SitePlan plan = plan(training("160", true));
        // GL-42 = Monday 26 April; ten working days end Friday 7 May.
        assertThat(plan.task("training").scheduled().finish()).isEqualTo("2027-05-07");
    }

    @Test
    void twoFullTimeTrainersOn160HoursTakeTenDays() {
        SitePlan plan = plan(training("160", true));

        TaskChange change = plan.setUnits("training", new BigDecimal("2"), GO_LIVE);

        assertThat(change).as("10 days already: the duration is the same").isNotNull();
        assertThat(plan.task("training").definition().durationDays()).isEqualTo(10);
        assertThat(plan.task("training").definition().units()).isEqualByComparingTo("2");
    }

    @Test
    void changingTheUnitsRecomputesTheDurationAndMovesTheTask() {
        SitePlan plan = plan(training("160", true));
        plan.setUnits("training", new BigDecimal("2"), GO_LIVE);

        TaskChange fourTrainers = plan.setUnits("training", new BigDecimal("4"), GO_LIVE);

        assertThat(plan.task("training").definition().durationDays()).isEqualTo(5);
        assertThat(plan.task("training").scheduled().finish()).isEqualTo("2027-04-30");
        assertThat(fourTrainers.rescheduled().moved()).extracting(Move::taskId).contains("training");

        plan.setUnits("training", new BigDecimal("1"), GO_LIVE);
        assertThat(plan.task("training").definition().durationDays()).isEqualTo(20);
        assertThat(plan.task("training").scheduled().finish()).isEqualTo("2027-05-21");
    }

    @Test
    void changingTheWorkRecomputesTheDurationWithTheUnitsAssigned() {
        SitePlan plan = plan(training("160", true));
        plan.setUnits("training", new BigDecimal("2"), GO_LIVE);
        int revision = plan.task("training").revision();

        plan.revise("training", revision, training("40", true), GO_LIVE);

        PlanTask revised = plan.task("training");
        assertThat(revised.definition().units()).as("the units are the assignments', kept").isEqualByComparingTo("2");
        assertThat(revised.definition().duration()).as("40 h / 2 units = 20 h: 2.5 days").isEqualTo("20h");
        assertThat(revised.scheduled().finishTime()).isEqualTo("2027-04-28T12:00");
    }

    @Test
    void sameUnitsAgainChangeNothing() {
        SitePlan plan = plan(training("80", true));
        plan.setUnits("training", new BigDecimal("1"), GO_LIVE);

        assertThat(plan.setUnits("training", new BigDecimal("1.00"), GO_LIVE)).isNull();
    }

    @Test
    void aFixedDurationTaskIsUnaffectedByUnits() {
        SitePlan plan = plan(training("160", false));

        assertThat(plan.setUnits("training", new BigDecimal("4"), GO_LIVE)).isNull();
        assertThat(plan.task("training").definition().durationDays()).isEqualTo(10);
        assertThat(plan.task("training").definition().units()).isNull();
    }

    @Test
    void anEffortDrivenTaskNeedsWork() {
        assertThatThrownBy(() -> training("0", true)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("effortHours");
    }
}
