package org.golive.planning.rollout;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.BlueprintTask;
import org.golive.planning.plan.Source;
import org.golive.contract.planning.PlanReplaced;
import org.golive.contract.planning.PlannedTask;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.ProgressReport;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.golive.planning.plan.TaskStatus;
import org.golive.planning.program.ProgramMother;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.testsupport.GoLiveDates;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A site's plan replaced whole from a file, without Spring: what stays, what goes, and what the event tells. */
class PlanReplaceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(30);
    private static final Site CLINIC = new Site("Mercy Clinic", SiteType.AMBULATORY_CLINIC, null, 120);

    private static Rollout rolloutWithPlan() {
        Rollout rollout = Rollout.create(ProgramMother.program(), new RolloutDetails(CLINIC, GO_LIVE, null,
                "pm.ada", List.of()), NOW).result();
        rollout.planning().instantiate(new Blueprint(new Source("tpl", "Standard", 1, null), List.of(
                task("build", "Build", -30, 10), task("sign-off", "Sign-off", -5, 0))),
                PlanCalendar.MONDAY_TO_FRIDAY, NOW);
        return rollout;
    }

    private static BlueprintTask task(String id, String title, int offset, int days) {
        return new BlueprintTask(id, new TaskDefinition(null, null, title, offset, null, days, List.of(),
                null, null, null));
    }

    /** Three tasks read from a file: UID 1 is used again, and names another task than the old plan's. */
    private static Blueprint fromFile(int tasks) {
        return new Blueprint(new Source(null, null, null, "replan.xml"),
                IntStream.rangeClosed(1, tasks).mapToObj(i -> task(String.valueOf(i), "Step " + i, -10 - i, 2))
                        .toList());
    }

    @Test
    void replacingThePlanKeepsTheGoLiveDropsOldTasksProgressAndBaselinesAndTellsWhatWent() {
        Rollout rollout = rolloutWithPlan();
        rollout.planning().recordProgress("build", 0, new ProgressReport(TaskStatus.IN_PROGRESS, 40, null, null), GO_LIVE, NOW);
        rollout.planning().setBaseline("Approved plan", "pm.ada", NOW);

        Changed<SitePlan> replaced = rollout.planning().replacePlan(fromFile(3), PlanCalendar.MONDAY_TO_FRIDAY, NOW);

        assertThat(rollout.goLiveDate()).isEqualTo(GO_LIVE);
        assertThat(rollout.siteName()).isEqualTo("Mercy Clinic");
        assertThat(rollout.plan().tasks()).extracting(t -> t.id()).containsExactly("1", "2", "3");
        assertThat(rollout.plan().tasks()).allMatch(t -> t.status() == TaskStatus.NOT_STARTED);
        assertThat(rollout.plan().baselines()).isEmpty();
        assertThat(rollout.plan().source().fileName()).isEqualTo("replan.xml");
        assertThat(replaced.result().tasks()).extracting(t -> t.id()).containsExactly("build", "sign-off");

        assertThat(replaced.events()).hasSize(1);
        assertThat(replaced.events().get(0).key()).isEqualTo(rollout.id());
        PlanReplaced event = (PlanReplaced) replaced.events().get(0).data();
        assertThat(event.previousTaskIds()).containsExactly("build", "sign-off");
        assertThat(event.discardedBaselines()).containsExactly("Approved plan");
        assertThat(event.tasks()).extracting(PlannedTask::taskId).containsExactly("1", "2", "3");
        assertThat(event.goLiveDate()).isEqualTo(GO_LIVE);
        assertThat(event.fileName()).isEqualTo("replan.xml");
        assertThat(event.finish()).isEqualTo(rollout.plan().finish());
        assertThat(event.criticalPath()).isEqualTo(rollout.plan().criticalPath());
    }

    @Test
    void aSiteWithoutAPlanHasNothingToReplace() {
        Rollout rollout = Rollout.create(ProgramMother.program(), new RolloutDetails(CLINIC, GO_LIVE, null, null,
                List.of()), NOW).result();

        assertThatThrownBy(() -> rollout.planning().replacePlan(fromFile(1), PlanCalendar.MONDAY_TO_FRIDAY, NOW))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndTheOldPlanStays() {
        Rollout rollout = rolloutWithPlan();
        List<BlueprintTask> tasks = new ArrayList<>(fromFile(SitePlan.MAX_TASKS + 1).tasks());

        assertThatThrownBy(() -> rollout.planning().replacePlan(new Blueprint(new Source(null, null, null,
                "huge.xml"), tasks), PlanCalendar.MONDAY_TO_FRIDAY, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most " + SitePlan.MAX_TASKS);
        assertThat(rollout.plan().tasks()).extracting(t -> t.id()).containsExactly("build", "sign-off");
    }
}
