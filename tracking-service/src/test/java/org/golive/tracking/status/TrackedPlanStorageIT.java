package org.golive.tracking.status;

import org.bson.Document;
import org.golive.contract.planning.BaselineSet;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.TaskMove;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.tracking.TrackingTestConfiguration;
import org.golive.tracking.intake.ReadModelWrites;
import org.golive.tracking.intake.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The tracked plan is stored so that an event writes what it changed: the rollout's small document, a roster of task
 * ids, a document per task. Drives the projection directly (as the listener does, without Kafka) to look at the
 * documents each event leaves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class TrackedPlanStorageIT {

    private static final LocalDate START = LocalDate.of(2031, 3, 3);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModels readModels;
    @Autowired
    ReadModelWrites writes;
    @Autowired
    RolloutPlans plans;

    @Test
    void progressOnALargePlanWritesItsTaskAndTheTasksItMovedNotThePlan() {
        PlanProjection projection = new PlanProjection(writes, readModels);
        String rolloutId = UUID.randomUUID().toString();
        String source = "/planning/rollouts/" + rolloutId;
        projection.rolloutCreated(event(source, 1), rolloutCreated(rolloutId));
        List<PlannedTask> tasks = IntStream.range(0, 2_000).mapToObj(i -> task("t" + i, START.plusDays(i % 50)))
                .toList();
        projection.planInstantiated(event(source, 2), new PlanInstantiated(rolloutId, "p", "tpl", "Standard", 1,
                START.plusDays(200), START, START.plusDays(200), List.of("t7"), tasks, Instant.now()));

        projection.statusChanged(event(source, 3), new TaskStatusChanged(rolloutId, "t7", "NOT_STARTED",
                "IN_PROGRESS", 40, START, null, List.of(new TaskMove("t8", START.plusDays(8), START.plusDays(12), START.plusDays(3), START.plusDays(6))),
                List.of("t7", "t8"), -2, Instant.now()));

        // Only the changed task, the task it moved and the rollout's own document carry the event's mark.
        String mark = ReadModelWrites.SEQUENCE;
        assertThat(mongo.find(query(where("rolloutId").is(rolloutId).and(mark).is(3L)), Document.class,
                        readModels.collection("status_tasks")).stream().map(d -> d.getString("taskId")).sorted()
                .toList()).containsExactly("t7", "t8");
        assertThat(mongo.count(query(where("rolloutId").is(rolloutId).and(mark).is(2L)), Document.class,
                readModels.collection("status_tasks"))).isEqualTo(1_998);
        Document rollout = mongo.findById(rolloutId, Document.class, readModels.collection("status_plans"));
        assertThat(rollout.keySet()).doesNotContain("tasks");
        assertThat(rollout.get("criticalPathFloat")).isEqualTo(-2);

        TrackedPlan plan = plans.get(rolloutId);
        assertThat(plan.tasks()).hasSize(2_000);
        TrackedTask t7 = plan.tasks().stream().filter(t -> t.taskId().equals("t7")).findFirst().orElseThrow();
        assertThat(t7.status()).isEqualTo("IN_PROGRESS");
        assertThat(t7.percentComplete()).isEqualTo(40);
        assertThat(t7.critical()).isTrue();
        TrackedTask t8 = plan.tasks().stream().filter(t -> t.taskId().equals("t8")).findFirst().orElseThrow();
        assertThat(t8.start()).isEqualTo(START.plusDays(3));
        assertThat(t8.baselineStart()).as("planned as instantiated until a baseline").isEqualTo(START.plusDays(8));
    }

    @Test
    void aRedeliveredEventChangesNothingALaterEventChanged() {
        PlanProjection projection = new PlanProjection(writes, readModels);
        String rolloutId = UUID.randomUUID().toString();
        String source = "/planning/rollouts/" + rolloutId;
        projection.rolloutCreated(event(source, 1), rolloutCreated(rolloutId));
        projection.planInstantiated(event(source, 2), new PlanInstantiated(rolloutId, "p", "tpl", "Standard", 1,
                START.plusDays(200), START, START.plusDays(200), List.of(), List.of(task("a", START), task("b", START)),
                Instant.now()));
        TaskStatusChanged started = new TaskStatusChanged(rolloutId, "a", "NOT_STARTED", "IN_PROGRESS", 30, START,
                null, List.of(), List.of(), null, Instant.now());
        projection.statusChanged(event(source, 3), started);
        projection.statusChanged(event(source, 4), new TaskStatusChanged(rolloutId, "a", "IN_PROGRESS",
                "IN_PROGRESS", 60, START, null, List.of(), List.of(), null, Instant.now()));

        projection.statusChanged(event(source, 3), started);                       // redelivered after a crash
        projection.planInstantiated(event(source, 2), new PlanInstantiated(rolloutId, "p", "tpl", "Standard", 1,
                START.plusDays(200), START, START.plusDays(200), List.of(), List.of(task("a", START)), Instant.now()));

        TrackedPlan plan = plans.get(rolloutId);
        assertThat(plan.tasks()).extracting(TrackedTask::taskId).containsExactly("a", "b");
        assertThat(plan.tasks().get(0).percentComplete()).isEqualTo(60);
    }

    @Test
    void aTaskOutsideTheLatestBaselineHasNoBaselineDates() {
        PlanProjection projection = new PlanProjection(writes, readModels);
        String rolloutId = UUID.randomUUID().toString();
        String source = "/planning/rollouts/" + rolloutId;
        projection.rolloutCreated(event(source, 1), rolloutCreated(rolloutId));
        projection.planInstantiated(event(source, 2), new PlanInstantiated(rolloutId, "p", "tpl", "Standard", 1,
                START.plusDays(200), START, START.plusDays(200), List.of(), List.of(task("a", START), task("b", START)),
                Instant.now()));
        projection.baselineSet(event(source, 3), baseline(rolloutId, "B1", "a", "b"));
        projection.baselineSet(event(source, 4), baseline(rolloutId, "B2", "a"));

        TrackedPlan plan = plans.get(rolloutId);
        assertThat(plan.baselineName()).isEqualTo("B2");
        assertThat(plan.tasks()).extracting(TrackedTask::baselineStart).containsExactly(START.minusDays(4), null);
    }

    private static BaselineSet baseline(String rolloutId, String name, String... taskIds) {
        return new BaselineSet(rolloutId, name, List.of(taskIds).stream()
                .map(id -> new BaselineSet.BaselineTask(id, START.minusDays(4), START.plusDays(1))).toList(),
                Instant.now());
    }

    private static IncomingEvent event(String source, long sequence) {
        return new IncomingEvent(UUID.randomUUID().toString(), "test", source, sequence, "k", new byte[0]);
    }

    private static RolloutCreated rolloutCreated(String rolloutId) {
        return new RolloutCreated(rolloutId, "p", "Program", "w", "Wave", "Site " + rolloutId, "HOSPITAL",
                START.plusDays(200), 100, 500, "pm", List.of(), Instant.now());
    }

    private static PlannedTask task(String taskId, LocalDate start) {
        return new PlannedTask(taskId, "1", "BUILD", "Task " + taskId, start, start.plusDays(4), 5, false, false, 0,
                null, "NOT_STARTED", 0, null, null, BigDecimal.TEN, null, "pm", List.of(), List.of());
    }
}
