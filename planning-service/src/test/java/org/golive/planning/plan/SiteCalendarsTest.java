package org.golive.planning.plan;

import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plan's status date and its site's calendars: each reschedules the plan. Go-live Monday 2027-06-07; build starts
 * GL-30 (Monday 10 May), ten working days to Friday 21 May; test five days after it.
 */
class SiteCalendarsTest {

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7);
    private static final PlanCalendar NIGHT_SHIFT = new PlanCalendar(EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY), List.of(), List.of(), "00:00-06:00,22:00-24:00");

    private static SitePlan plan(TaskDefinition... extra) {
        List<BlueprintTask> tasks = new java.util.ArrayList<>(List.of(
                new BlueprintTask("build", task("Build", -30, 10, null)),
                new BlueprintTask("test", new TaskDefinition(null, null, "Test", null, null, 5,
                        List.of(new Dependency("build", Dependency.DependencyType.FS, 0)), null, null, null))));
        for (int i = 0; i < extra.length; i++) {
            tasks.add(new BlueprintTask("x" + i, extra[i]));
        }
        return SitePlan.create(new Blueprint(new Source("tpl", "Standard", 1, null), tasks),
                PlanCalendar.MONDAY_TO_FRIDAY, GO_LIVE);
    }

    private static TaskDefinition task(String title, Integer offset, int days, String calendar) {
        return new TaskDefinition(null, null, title, offset, null, days, List.of(), null, null, null, null, null,
                null, calendar);
    }

    @Test
    void aStatusDateReschedulesInProgressWorkFromItAndWorkNotStartedAfterIt() {
        SitePlan plan = plan();
        // Build started on time and is 20 % done on Friday 14 May: 8 of its 10 days remain from Monday 17 May.
        plan.recordProgress("build", 0, new ProgressReport(TaskStatus.IN_PROGRESS, 20, LocalDate.of(2027, 5, 10),
                null), LocalDate.of(2027, 5, 14), GO_LIVE);
        assertThat(plan.task("build").scheduled().finish()).isEqualTo("2027-05-21");

        Rescheduled rescheduled = plan.setStatusDate(LocalDate.of(2027, 5, 14), GO_LIVE);

        assertThat(plan.statusDate()).isEqualTo("2027-05-14");
        assertThat(plan.task("build").scheduled().start()).as("its actual start stays").isEqualTo("2027-05-10");
        assertThat(plan.task("build").scheduled().finish()).isEqualTo("2027-05-26");
        assertThat(plan.task("test").scheduled().start()).isEqualTo("2027-05-27");
        assertThat(rescheduled.moved()).extracting(Move::taskId).containsExactly("build", "test");

        plan.setStatusDate(null, GO_LIVE);
        assertThat(plan.statusDate()).isNull();
        assertThat(plan.task("build").scheduled().finish()).as("cleared: from its actual start again")
                .isEqualTo("2027-05-21");
    }

    @Test
    void aStatusDateFarFromGoLiveIsRefusedAndChangesNothing() {
        SitePlan plan = plan();
        assertThatThrownBy(() -> plan.setStatusDate(GO_LIVE.plusYears(11), GO_LIVE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("ten years");
        assertThat(plan.statusDate()).isNull();
    }

    @Test
    void aHolidayOnTheSitesCalendarMovesTheWorkAcrossIt() {
        SitePlan plan = plan();
        LocalDate holiday = LocalDate.of(2027, 5, 12); // a Wednesday inside build

        Rescheduled rescheduled = plan.setCalendar(PlanCalendars.STANDARD, new PlanCalendar(
                PlanCalendar.MONDAY_TO_FRIDAY.workingWeekdays(), List.of(holiday), List.of()), GO_LIVE);

        assertThat(plan.calendar().holidays()).containsExactly(holiday);
        assertThat(plan.task("build").scheduled().finish()).isEqualTo("2027-05-24");
        assertThat(rescheduled.moved()).extracting(Move::taskId).containsExactly("build", "test");
    }

    @Test
    void aTaskWorksOnTheHoursOfTheNamedCalendarItNames() {
        SitePlan plan = plan();
        plan.setCalendar("Night shift", NIGHT_SHIFT, GO_LIVE);

        TaskChange added = plan.add(new TaskDefinition(null, null, "Overnight data load", -10, null, 0,
                List.of(), null, null, null, null, null, "4h", "night shift"), GO_LIVE);

        // GL-10 is Friday 28 May: the night's first working hours are 00:00-04:00.
        assertThat(added.after().scheduled().startTime()).isEqualTo(LocalDateTime.of(2027, 5, 28, 0, 0));
        assertThat(added.after().scheduled().finishTime()).isEqualTo(LocalDateTime.of(2027, 5, 28, 4, 0));
        assertThat(plan.namedCalendars()).extracting(PlanCalendars.Named::name).containsExactly("Night shift");
        assertThat(plan.calendar("NIGHT SHIFT")).contains(NIGHT_SHIFT);
    }

    @Test
    void aTaskNamingACalendarTheSiteDoesNotHaveIsRefusedAndThePlanStaysAsItWas() {
        SitePlan plan = plan();
        assertThatThrownBy(() -> plan.add(task("Weekend load", -10, 1, "Weekend crew"), GO_LIVE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("calendar 'Weekend crew', which this site does not have");
        assertThat(plan.tasks()).hasSize(2);
    }

    @Test
    void theBuiltInAroundTheClockCalendarCannotBeSet() {
        SitePlan plan = plan();
        assertThatThrownBy(() -> plan.setCalendar(PlanCalendars.AROUND_THE_CLOCK, NIGHT_SHIFT, GO_LIVE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("built in");
        assertThat(plan.namedCalendars()).isEmpty();
    }

    @Test
    void workingTimesThatAreNotPeriodsInOrderAreRefused() {
        assertThatThrownBy(() -> new PlanCalendar(PlanCalendar.MONDAY_TO_FRIDAY.workingWeekdays(), List.of(),
                List.of(), "22:00-06:00")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("in order");
        assertThat(new PlanCalendar(PlanCalendar.MONDAY_TO_FRIDAY.workingWeekdays(), List.of(), List.of(),
                "08:00-12:00, 13:00-17:00").workingTimes()).as("the standard day is kept as null").isNull();
    }
}
