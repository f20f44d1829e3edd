package org.golive.planning.plan;

import org.golive.contract.planning.PlannedTask;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published task carries an hour-level duration beside {@code durationDays}, which reads 0 for it: consumers
 * would otherwise see a 20-hour effort-driven task or a 90-minute cutover step as lasting nothing.
 */
class PlanEventsTest {

    /** Monday. */
    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7);

    private static SitePlan plan(TaskDefinition task) {
        List<BlueprintTask> tasks = List.of(
                new BlueprintTask("task", task),
                new BlueprintTask("go-live", new TaskDefinition(null, null, "Go-live", 0, null, 0,
                        List.of(new Dependency("task", Dependency.DependencyType.FS, 0)), null, null, null)));
        return SitePlan.create(new Blueprint(new Source("tpl", "Standard", 1, null), tasks),
                PlanCalendar.MONDAY_TO_FRIDAY, GO_LIVE);
    }

    private static TaskDefinition lasting(String duration, String calendar) {
        return new TaskDefinition(null, "cutover", "Chart conversion", -3, null, 0, List.of(), null, null, null,
                null, null, duration, calendar);
    }

    private static PlannedTask published(SitePlan plan, String taskId) {
        return PlanEvents.planned(plan.task(taskId), GO_LIVE);
    }

    @Test
    void anHourLevelTaskIsPublishedWithItsDurationInMinutes() {
        PlannedTask task = published(plan(lasting("90m", null)), "task");

        assertThat(task.durationDays()).isZero();
        assertThat(task.duration()).isEqualTo("90m");
        assertThat(task.durationMinutes()).isEqualTo(90L);
    }

    @Test
    void anElapsedDurationCountsTheClock() {
        PlannedTask task = published(plan(lasting("2ed", PlanCalendars.AROUND_THE_CLOCK)), "task");

        assertThat(task.duration()).isEqualTo("2ed");
        assertThat(task.durationMinutes()).isEqualTo(2L * 24 * 60);
    }

    @Test
    void anEffortDrivenTaskOfHoursIsPublishedInMinutesOnceItsUnitsAreSet() {
        SitePlan plan = plan(new TaskDefinition(null, null, "Super-user refresher", -42, null, 1, List.of(),
                new BigDecimal("30"), null, null, null, null, null, null, true, null));

        plan.setUnits("task", new BigDecimal("2"), GO_LIVE);

        PlannedTask task = published(plan, "task");
        assertThat(task.durationDays()).as("15 hours is not whole 8-hour days").isZero();
        assertThat(task.duration()).isEqualTo("15h");
        assertThat(task.durationMinutes()).isEqualTo(15L * 60);
    }

    @Test
    void aTaskOfWholeDaysKeepsDurationDaysAlone() {
        PlannedTask task = published(plan(lasting("3d", null)), "task");

        assertThat(task.durationDays()).isEqualTo(3);
        assertThat(task.duration()).isNull();
        assertThat(task.durationMinutes()).isNull();
    }
}
