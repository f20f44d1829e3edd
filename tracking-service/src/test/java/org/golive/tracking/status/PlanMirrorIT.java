package org.golive.tracking.status;

import org.golive.tracking.intake.ReadModelWrite;
import org.golive.contract.Topics;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.TestEvents;
import org.golive.tracking.TrackingTestConfiguration;
import org.golive.tracking.intake.ReadModelWrites;
import org.golive.tracking.intake.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans the live listeners judge are kept in memory between polls and follow each poll's writes (a task whose
 * document did not change is converted again when the critical path or the baseline changed); a plan that something
 * else wrote (another instance after a rebalance, here a write outside any poll) is read anew, never judged as the
 * copy had it.
 */
@SpringBootTest
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class PlanMirrorIT {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    @Autowired
    PlanMirror mirror;
    @Autowired
    RolloutPlans plans;
    @Autowired
    ReadModelWrites writes;
    @Autowired
    ReadModels readModels;

    @Test
    void theCopyFollowsEachPollAndIsReadAnewWhenSomethingElseWroteThePlan() {
        String rolloutId = UUID.randomUUID().toString();
        String source = "/planning/rollouts/" + rolloutId;
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            events.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, "p", "Program", "w", "Wave",
                    "Harbor", "HOSPITAL", START.plusDays(200), 100, 500, "pm", List.of(), Instant.now()), source, 1,
                    rolloutId));
            events.send(rolloutId, TestEvents.event(new PlanInstantiated(rolloutId, "p", "tpl", "Standard", 1,
                    START.plusDays(200), START, START.plusDays(200), List.of("a"), List.of(task("a"), task("b")),
                    Instant.now()), source, 2, rolloutId));
            ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING));
            assertThat(mirror.plans(List.of(rolloutId)).get(rolloutId).tasks()).extracting(TrackedTask::critical)
                    .containsExactly(true, false);
            // The progress puts b on the critical path too: b's document is the same, its task is not.
            events.send(rolloutId, TestEvents.event(progress(rolloutId, "a", 40), source, 3, rolloutId));
            ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING));

            assertThat(mirror.plans(List.of(rolloutId)).get(rolloutId)).as("the copy after a poll")
                    .isEqualTo(plans.get(rolloutId));
            assertThat(percent(rolloutId, "a")).isEqualTo(40);
            assertThat(plans.get(rolloutId).tasks()).extracting(TrackedTask::critical).containsExactly(true, true);

            // Another instance applies the rollout's next event (after a rebalance): this one's copy never saw it.
            String tasks = readModels.collection("status_tasks");
            writes.write(tasks, List.of(ReadModelWrite.sequenced(PlanDocuments.taskDocumentId(rolloutId, "b"),
                    4, new Update().set("status", "IN_PROGRESS").set("percentComplete", 70))));
            writes.write(readModels.collection("status_plans"), List.of(ReadModelWrite.sequenced(rolloutId, 4,
                    new Update().inc(PlanProjection.PLAN_EVENTS, 1))));

            TrackedPlan judged = mirror.plans(List.of(rolloutId)).get(rolloutId);
            assertThat(judged).as("read anew, not the copy").isEqualTo(plans.get(rolloutId));
            assertThat(judged.tasks()).filteredOn(t -> t.taskId().equals("b"))
                    .extracting(TrackedTask::percentComplete).containsExactly(70);
        }
    }

    private int percent(String rolloutId, String taskId) {
        return mirror.plans(List.of(rolloutId)).get(rolloutId).tasks().stream()
                .filter(t -> t.taskId().equals(taskId)).findFirst().orElseThrow().percentComplete();
    }

    private static TaskStatusChanged progress(String rolloutId, String taskId, int percent) {
        return new TaskStatusChanged(rolloutId, taskId, "NOT_STARTED", "IN_PROGRESS", percent, START, null, List.of(),
                List.of("a", "b"), 3, Instant.now());
    }

    private static PlannedTask task(String taskId) {
        return new PlannedTask(taskId, "1", "BUILD", "Task " + taskId, START, START.plusDays(4), 5, false, false, 0,
                null, "NOT_STARTED", 0, null, null, BigDecimal.TEN, null, "pm", List.of(), List.of());
    }
}
