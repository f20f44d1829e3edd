package org.golive.planning.plan;

import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site plan's rules, without Spring: dates in the comments are worked out on a Monday-to-Friday calendar. */
class SitePlanTest {

    /** Monday. */
    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7);
    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    private static TaskDefinition task(String title, Integer offset, int days, Dependency... after) {
        return new TaskDefinition(null, null, title, offset, null, days, List.of(after), null, null, null);
    }

    private static Dependency fs(String id) {
        return new Dependency(id, Dependency.DependencyType.FS, 0);
    }

    /** build (GL-30, 10 days) → test (5 days) → go-live (milestone at GL, deadline GL). */
    private static SitePlan plan() {
        List<BlueprintTask> tasks = new ArrayList<>();
        tasks.add(new BlueprintTask("build", task("Build", -30, 10)));
        tasks.add(new BlueprintTask("test", task("Test", null, 5, fs("build"))));
        tasks.add(new BlueprintTask("go-live", new TaskDefinition(null, null, "Go-live", 0, 0, 0,
                List.of(fs("test")), null, null, null)));
        return SitePlan.create(new Blueprint(new Source("tpl", "Standard", 1, null), tasks),
                PlanCalendar.MONDAY_TO_FRIDAY, GO_LIVE);
    }

    @Test
    void theTemplateOffsetsBecomeDatesAroundGoLive() {
        SitePlan plan = plan();
        // GL-30 = Saturday 8 May → Monday 10 May; ten working days end Friday 21 May; test runs 24–28 May.
        assertThat(plan.task("build").scheduled().start()).isEqualTo("2027-05-10");
        assertThat(plan.task("build").scheduled().finish()).isEqualTo("2027-05-21");
        assertThat(plan.task("test").scheduled().finish()).isEqualTo("2027-05-28");
        assertThat(plan.task("go-live").scheduled().start()).isEqualTo(GO_LIVE);
        // Test may slip to Friday 4 June before it moves go-live: five working days of slack.
        assertThat(plan.task("test").scheduled().totalFloat()).isEqualTo(5);
    }

    @Test
    void movingGoLiveShiftsEveryOpenTaskAndKeepsDoneOnesWhereTheyHappened() {
        SitePlan plan = plan();
        plan.recordProgress("build", 0, new ProgressReport(TaskStatus.DONE, null, LocalDate.of(2027, 2, 15),
                LocalDate.of(2027, 2, 26)), LocalDate.of(2027, 3, 1), GO_LIVE);

        Rescheduled rescheduled = plan.reschedule(GO_LIVE.plusWeeks(2));

        assertThat(plan.task("build").scheduled().start()).isEqualTo("2027-02-15");
        assertThat(plan.task("go-live").scheduled().start()).isEqualTo("2027-06-21");
        assertThat(rescheduled.moved()).extracting(Move::taskId).containsExactly("go-live");
    }

    @Test
    void aNewPercentageOnAStartedTaskKeepsTheScheduleAsAFullRescheduleWouldGiveIt() {
        SitePlan plan = plan();
        LocalDate today = LocalDate.of(2027, 5, 12);
        plan.recordProgress("build", 0, new ProgressReport(null, 10, LocalDate.of(2027, 5, 10), null), today,
                GO_LIVE);
        List<PlanTask> started = plan.tasks();

        TaskChange change = plan.recordProgress("build", 1, new ProgressReport(null, 60, null, null), today, GO_LIVE);

        assertThat(change.after().percentComplete()).isEqualTo(60);
        assertThat(change.rescheduled().moved()).isEmpty();
        assertThat(plan.tasks().get(1)).as("the same instance, whose stored JSON is kept").isSameAs(started.get(1));
        List<PlanTask> kept = plan.tasks();
        assertThat(plan.reschedule(GO_LIVE).moved()).isEmpty();
        assertThat(plan.tasks()).as("what a full reschedule gives").isEqualTo(kept);

        // Against a status date the percentage sets the remaining work: that change reschedules.
        plan.setStatusDate(LocalDate.of(2027, 5, 20), GO_LIVE);
        LocalDate finish = plan.task("build").scheduled().finish();
        TaskChange behind = plan.recordProgress("build", 2, new ProgressReport(null, 5, null, null), today, GO_LIVE);
        assertThat(behind.after().scheduled().finish()).isAfter(finish);
        assertThat(behind.rescheduled().moved()).extracting(Move::taskId).contains("build");
        // A new actual start is an input of the engine too.
        plan.setStatusDate(null, GO_LIVE);
        TaskChange earlier = plan.recordProgress("build", 3, new ProgressReport(null, 5, LocalDate.of(2027, 5, 3),
                null), today, GO_LIVE);
        assertThat(earlier.after().scheduled().start()).isEqualTo("2027-05-03");
    }

    @Test
    void slippingATaskPushesItsSuccessorsAndTheAnswerSaysWhatMoved() {
        SitePlan plan = plan();
        TaskDefinition longer = task("Build", -30, 15);

        TaskChange change = plan.revise("build", 0, longer, GO_LIVE);

        // 15 days from 10 May end Friday 28 May; test runs 31 May – 4 June; go-live still fits on 7 June, no slack.
        assertThat(change.rescheduled().moved()).extracting(Move::taskId).containsExactly("build", "test");
        assertThat(plan.task("test").scheduled().finish()).isEqualTo("2027-06-04");
        assertThat(plan.task("go-live").scheduled().start()).isEqualTo(GO_LIVE);
        assertThat(plan.criticalPath()).containsExactly("build", "test", "go-live");
        assertThat(change.after().revision()).isEqualTo(1);
    }

    @Test
    void aSlipPastTheDeadlineShowsAsNegativeFloatAndASlippedMilestoneAgainstTheBaseline() {
        SitePlan plan = plan();
        plan.setBaseline("Approved", "pm.lake", NOW);

        TaskChange change = plan.revise("build", 0, task("Build", -30, 17), GO_LIVE);

        // 17 days end 1 June; test 2–8 June; go-live at test's finish, Tuesday 8 June 17:00: 1 working day late.
        assertThat(plan.task("go-live").scheduled().start()).isEqualTo("2027-06-08");
        assertThat(plan.task("go-live").scheduled().totalFloat()).isEqualTo(-1);
        assertThat(change.rescheduled().slips()).singleElement().satisfies(slip -> {
            assertThat(slip.task().id()).isEqualTo("go-live");
            assertThat(slip.baselineDate()).isEqualTo(GO_LIVE);
            assertThat(slip.forecast()).isEqualTo("2027-06-08");
            assertThat(slip.slipDays()).isEqualTo(1);
        });
        assertThat(plan.variance("approved", GO_LIVE)).filteredOn(v -> v.taskId().equals("go-live")).singleElement()
                .satisfies(v -> assertThat(v.finishVarianceDays()).isEqualTo(1));

        TaskChange pulledIn = plan.revise("build", 1, task("Build", -30, 16), GO_LIVE);
        assertThat(pulledIn.rescheduled().slips()).as("an improvement is no new slip").isEmpty();
    }

    @Test
    void aCycleIsRefusedNamingItsTasksAndTheTaskIsUnchanged() {
        SitePlan plan = plan();

        assertThatThrownBy(() -> plan.revise("build", 0, task("Build", -30, 10, fs("go-live")), GO_LIVE))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fields().get("dependencies"))
                        .contains("build (Build)", "test (Test)", "go-live (Go-live)"));
        assertThat(plan.task("build").definition().dependencies()).isEmpty();
        assertThat(plan.task("build").revision()).isZero();
    }

    @Test
    void aStaleRevisionIsAConflict() {
        SitePlan plan = plan();
        plan.revise("test", 0, task("Test", null, 6, fs("build")), GO_LIVE);

        assertThatThrownBy(() -> plan.revise("test", 0, task("Test", null, 4, fs("build")), GO_LIVE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("revision 1, not 0");
    }

    @Test
    void aDependencyOnAnUnknownTaskOrOnItselfIsRefusedWithTheFieldNamed() {
        SitePlan plan = plan();

        assertThatThrownBy(() -> plan.add(task("X", null, 1, fs("elsewhere")), GO_LIVE))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fields()).containsKey("dependencies[0].taskId"));
        assertThatThrownBy(() -> plan.revise("test", 0, task("Test", null, 5, fs("test")), GO_LIVE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("itself");
    }

    @Test
    void progressRulesInferWhatAProjectManagerWouldAndRefuseTheImpossible() {
        SitePlan plan = plan();
        LocalDate today = LocalDate.of(2027, 5, 12);

        PlanTask started = plan.recordProgress("build", 0, new ProgressReport(null, 40, null, null), today, GO_LIVE)
                .after();
        assertThat(started.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(started.actualStart()).isEqualTo(today);

        PlanTask done = plan.recordProgress("build", 1, new ProgressReport(null, 100, null, null), today, GO_LIVE)
                .after();
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.actualFinish()).isEqualTo(today);
        assertThat(done.actualStart()).isEqualTo(today);

        assertThatThrownBy(() -> plan.recordProgress("test", 0, new ProgressReport(TaskStatus.DONE, null, null,
                today.plusDays(1)), today, GO_LIVE)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("future");
        assertThatThrownBy(() -> plan.recordProgress("go-live", 0, new ProgressReport(TaskStatus.IN_PROGRESS, 50,
                null, null), today, GO_LIVE)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("milestone");
        assertThatThrownBy(() -> plan.recordProgress("test", 0, new ProgressReport(TaskStatus.DONE, null,
                today, today.minusDays(3)), today, GO_LIVE)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("before the actual start");
    }

    @Test
    void baselinesHaveUniqueNames() {
        SitePlan plan = plan();
        plan.setBaseline("Approved", "pm.lake", NOW);

        assertThatThrownBy(() -> plan.setBaseline("APPROVED", "pm.lake", NOW)).isInstanceOf(ConflictException.class);
        assertThat(plan.baseline("approved").tasks()).hasSize(3);
    }

    @Test
    void raciHasExactlyOneAccountableParty() {
        assertThatThrownBy(() -> Raci.of(List.of(new Raci.Assignment("CMIO", Raci.Role.ACCOUNTABLE),
                new Raci.Assignment("CNO", Raci.Role.ACCOUNTABLE)), "raci"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("CMIO, CNO");
        assertThatThrownBy(() -> Raci.of(List.of(new Raci.Assignment("Analyst", Raci.Role.RESPONSIBLE)), "raci"))
                .isInstanceOf(RuleViolationException.class);
        Raci raci = Raci.of(List.of(new Raci.Assignment("Analyst", Raci.Role.RESPONSIBLE),
                new Raci.Assignment("CMIO", Raci.Role.ACCOUNTABLE)), "raci");
        assertThat(raci.involves("Analyst")).isTrue();
        assertThat(raci.involves("CNO")).isFalse();
    }
}
