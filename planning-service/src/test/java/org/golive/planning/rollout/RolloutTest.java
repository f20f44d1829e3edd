package org.golive.planning.rollout;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.BlueprintTask;
import org.golive.planning.plan.Rescheduled;
import org.golive.planning.plan.Source;
import org.golive.planning.plan.TaskChange;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.MilestoneAchieved;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.TaskCompleted;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.ProgressReport;
import org.golive.planning.plan.TaskDefinition;
import org.golive.planning.plan.TaskStatus;
import org.golive.planning.program.Program;
import org.golive.planning.program.ProgramMother;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A site's rollout: its details, its go-live date and the plan it instantiates, without Spring. */
class RolloutTest {

    private static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");
    /** A Monday. */
    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7);
    private static final Site CLINIC = new Site("Mercy Clinic", SiteType.AMBULATORY_CLINIC, null,
            120);

    private static RolloutDetails details(String waveId, String manager, List<String> goalIds) {
        return new RolloutDetails(CLINIC, GO_LIVE, waveId, manager, goalIds);
    }

    private static Rollout rollout(Program program) {
        return Rollout.create(program, details(null, "pm.ada", List.of()), NOW).result();
    }

    /** One task, ten working days ending before go-live, from version 1 of template "tpl". */
    private static Blueprint blueprint(int templateVersion) {
        return new Blueprint(new Source("tpl", "Standard", templateVersion, null),
                List.of(new BlueprintTask("build", new TaskDefinition(null, null, "Build", -30, null, 10,
                        List.of(), null, null, null))));
    }

    @Test
    void creatingARolloutAnnouncesTheSiteWithItsWave() {
        Program program = ProgramMother.withWave();
        String waveId = program.waves().get(0).id();

        Changed<Rollout> created = Rollout.create(program, details(waveId, "pm.ada", List.of("g-safety")), NOW);

        RolloutCreated event = (RolloutCreated) created.events().get(0).data();
        assertThat(event.waveName()).isEqualTo("Wave 1");
        assertThat(event.goalIds()).containsExactly("g-safety");
        assertThat(created.events().get(0).key()).isEqualTo(created.result().id());
    }

    @Test
    void aRolloutBelongsToAWaveOfItsOwnProgram() {
        assertThatThrownBy(() -> Rollout.create(ProgramMother.program(), details("w-other", null, List.of()), NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no wave w-other");
    }

    @Test
    void aRolloutServesOnlyGoalsOfItsProgram() {
        assertThatThrownBy(() -> Rollout.create(ProgramMother.program(), details(null, null, List.of("g-x")), NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("g-x");
    }

    @Test
    void aGoLiveCenturiesAwayIsRefused() {
        RolloutDetails farAway = new RolloutDetails(CLINIC, LocalDate.of(2207, 6, 7), null, null, List.of());

        assertThatThrownBy(() -> Rollout.create(ProgramMother.program(), farAway, NOW))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fields()).containsKey("goLiveDate"));
    }

    @Test
    void aNewProjectManagerIsAnnouncedWithTheFormerOne() {
        Program program = ProgramMother.program();
        Rollout rollout = rollout(program);

        Changed<Rollout> revised = rollout.revise(program, CLINIC, null, "pm.grace", List.of(), NOW);

        RolloutUpdated event = (RolloutUpdated) revised.events().get(0).data();
        assertThat(event.projectManager()).isEqualTo("pm.grace");
        assertThat(event.previousProjectManager()).isEqualTo("pm.ada");
    }

    @Test
    void movingGoLiveToTheSameDateChangesNothing() {
        Rollout rollout = rollout(ProgramMother.program());

        assertThat(rollout.moveGoLive(GO_LIVE, "No change", NOW).events()).isEmpty();
    }

    @Test
    void movingGoLiveAnnouncesThePreviousAndTheNewDate() {
        Rollout rollout = rollout(ProgramMother.program());

        Changed<Rescheduled> moved = rollout.moveGoLive(GO_LIVE.plusWeeks(2), "Vendor late", NOW);

        GoLiveRescheduled event = (GoLiveRescheduled) moved.events().get(0).data();
        assertThat(event.previousGoLiveDate()).isEqualTo(GO_LIVE);
        assertThat(event.goLiveDate()).isEqualTo(GO_LIVE.plusWeeks(2));
        assertThat(rollout.goLiveDate()).isEqualTo(GO_LIVE.plusWeeks(2));
    }

    @Test
    void aRolloutHasNoPlanUntilOneIsInstantiated() {
        assertThatThrownBy(() -> rollout(ProgramMother.program()).plan()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void instantiatingTheSameTemplateVersionAgainChangesNothing() {
        Rollout rollout = rollout(ProgramMother.program());
        rollout.planning().instantiate(blueprint(1), PlanCalendar.MONDAY_TO_FRIDAY, NOW);

        Changed<Boolean> again = rollout.planning().instantiate(blueprint(1), PlanCalendar.MONDAY_TO_FRIDAY, NOW);

        assertThat(again.result()).isFalse();
        assertThat(again.events()).isEmpty();
    }

    @Test
    void aRolloutWithAPlanCannotBeInstantiatedFromAnotherVersion() {
        Rollout rollout = rollout(ProgramMother.program());
        rollout.planning().instantiate(blueprint(1), PlanCalendar.MONDAY_TO_FRIDAY, NOW);

        assertThatThrownBy(() -> rollout.planning().instantiate(blueprint(2), PlanCalendar.MONDAY_TO_FRIDAY, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
    }

    /** A ten-day build, then a sign-off milestone five days before go-live. */
    private static Blueprint buildAndSignOff() {
        return new Blueprint(new Source("tpl", "Standard", 1, null), List.of(
                new BlueprintTask("build", new TaskDefinition(null, null, "Build", -30, null, 10,
                        List.of(), null, null, null)),
                new BlueprintTask("sign-off", new TaskDefinition(null, null, "Sign-off", -5, null, 0,
                        List.of(), null, null, null))));
    }

    private static List<Class<?>> types(Changed<?> change) {
        return change.events().stream().<Class<?>>map(event -> event.data().getClass()).toList();
    }

    @Test
    void finishingATaskAnnouncesItsNewStatusAndItsCompletionButNoMilestone() {
        Rollout rollout = rollout(ProgramMother.program());
        rollout.planning().instantiate(buildAndSignOff(), PlanCalendar.MONDAY_TO_FRIDAY, NOW);

        Changed<TaskChange> done = rollout.planning().recordProgress("build", rollout.plan().task("build").revision(),
                new ProgressReport(TaskStatus.DONE, null, null, null), GO_LIVE, NOW);

        assertThat(types(done)).startsWith(TaskStatusChanged.class, TaskCompleted.class)
                .doesNotContain(MilestoneAchieved.class);
        assertThat(((TaskCompleted) done.events().get(1).data()).taskId()).isEqualTo("build");
    }

    @Test
    void achievingAMilestoneAnnouncesItAfterItsCompletion() {
        Rollout rollout = rollout(ProgramMother.program());
        rollout.planning().instantiate(buildAndSignOff(), PlanCalendar.MONDAY_TO_FRIDAY, NOW);

        Changed<TaskChange> done = rollout.planning().recordProgress("sign-off",
                rollout.plan().task("sign-off").revision(), new ProgressReport(TaskStatus.DONE, null, null, null),
                GO_LIVE, NOW);

        assertThat(types(done)).startsWith(TaskStatusChanged.class, TaskCompleted.class, MilestoneAchieved.class);
        MilestoneAchieved achieved = (MilestoneAchieved) done.events().get(2).data();
        assertThat(achieved.taskId()).isEqualTo("sign-off");
        assertThat(achieved.title()).isEqualTo("Sign-off");
    }

    @Test
    void progressThatFinishesNothingAnnouncesOnlyTheStatus() {
        Rollout rollout = rollout(ProgramMother.program());
        rollout.planning().instantiate(buildAndSignOff(), PlanCalendar.MONDAY_TO_FRIDAY, NOW);

        Changed<TaskChange> started = rollout.planning().recordProgress("build",
                rollout.plan().task("build").revision(), new ProgressReport(TaskStatus.IN_PROGRESS, 40, null, null),
                GO_LIVE, NOW);

        assertThat(types(started)).doesNotContain(TaskCompleted.class, MilestoneAchieved.class)
                .startsWith(TaskStatusChanged.class);
        TaskStatusChanged changed = (TaskStatusChanged) started.events().get(0).data();
        assertThat(changed.previousStatus()).isEqualTo("NOT_STARTED");
        assertThat(changed.percentComplete()).isEqualTo(40);
    }
}
