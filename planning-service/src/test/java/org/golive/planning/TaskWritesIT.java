package org.golive.planning;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.golive.testsupport.GoLiveDates;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task change writes the tasks it changed, not the plan, and a task read reads one task: checked on the commands
 * the service sends to MongoDB, and on the plan read back whole afterwards.
 */
@Import(TaskWritesIT.SentCommands.class)
class TaskWritesIT extends PlanningServiceHarness {

    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(38);

    /** The update commands the service sent to the rollouts collection. */
    static final List<BsonDocument> ROLLOUT_UPDATES = new CopyOnWriteArrayList<>();
    /** The ids of the chunk documents the service inserted. */
    static final List<String> CHUNK_INSERTS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class SentCommands {
        @Bean
        MongoClientSettingsBuilderCustomizer recordRolloutUpdates() {
            CommandListener listener = new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    BsonDocument command = event.getCommand();
                    if (event.getCommandName().equals("update") && command.getString("update").getValue()
                            .equals("rollouts")) {
                        ROLLOUT_UPDATES.add(command.clone());
                    }
                    if (event.getCommandName().equals("insert") && command.getString("insert").getValue()
                            .equals("plan_chunks")) {
                        // Documents travel in the command's payload, not in its body.
                        event.getCommand().clone().getArray("documents", new org.bson.BsonArray()).forEach(
                                chunk -> CHUNK_INSERTS.add(chunk.asDocument().getString("_id").getValue()));
                    }
                }
            };
            return settings -> settings.addCommandListener(listener);
        }
    }


    private String rolloutWithPlan() {
        String rolloutId = rollout();
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        var plan = admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return rolloutId;
    }

    private String rollout() {
        return RolloutFixtures.newRollout(admin, "Harbor EHR", Map.of("siteName", "Harbor Hospital",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString()));
    }

    @Test
    void readingOneTaskAnswersExactlyWhatThePlanSaysOfIt() {
        String rolloutId = rolloutWithPlan();
        JsonNode plan = admin.get("/rollouts/" + rolloutId + "/plan").json();

        for (JsonNode task : plan.get("tasks")) {
            var read = admin.get("/rollouts/" + rolloutId + "/plan/tasks/" + task.get("id").asString());
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json()).isEqualTo(task);
        }
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan/tasks/no-such-task").status()).isEqualTo(404);
        assertThat(admin.get("/rollouts/" + rollout() + "/plan/tasks/kickoff").json().get("detail").asString())
                .as("a rollout without a plan").contains("Plan of rollout");
        assertThat(admin.get("/rollouts/no-such-rollout/plan/tasks/kickoff").status()).isEqualTo(404);
    }

    @Test
    void recordingProgressWritesTheTaskAndTheTasksItMovedNotTheWholePlan() {
        String rolloutId = rolloutWithPlan();
        List<String> order = taskIds(admin.get("/rollouts/" + rolloutId + "/plan").json());
        ROLLOUT_UPDATES.clear();
        CHUNK_INSERTS.clear();

        // Kick-off done today, months early: everything that waited on it may move.
        var progress = admin.post("/rollouts/" + rolloutId + "/plan/tasks/kickoff/progress",
                Map.of("status", "DONE", "revision", 0));
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);

        // The plan's 53 tasks are one chunk: the task and those it moved are written as a new chunk document, which
        // the rollout's document then references instead of the old one.
        assertThat(chunkNumbers(rolloutId)).containsExactly(0);
        assertThat(setKeys(rolloutId)).containsExactlyInAnyOrder("plan.chunkIds", "plan.criticalPath",
                "plan.start", "plan.finish", "plan.nextTaskNumber", "version", "eventSequence");

        JsonNode plan = admin.get("/rollouts/" + rolloutId + "/plan").json();
        assertThat(taskIds(plan)).isEqualTo(order);
        JsonNode kickoff = plan.get("tasks").get(order.indexOf("kickoff"));
        assertThat(kickoff.get("status").asString()).isEqualTo("DONE");
        assertThat(kickoff.get("revision").asInt()).isEqualTo(1);
        assertThat(kickoff).isEqualTo(progress.json().get("task"));
        for (JsonNode move : progress.json().get("rescheduling").get("moved")) {
            JsonNode task = plan.get("tasks").get(order.indexOf(move.get("taskId").asString()));
            assertThat(task.get("start")).isEqualTo(move.get("start"));
            assertThat(task.get("finish")).isEqualTo(move.get("finish"));
        }
        assertThat(plan.get("criticalPath")).isEqualTo(progress.json().get("rescheduling").get("criticalPath"));
    }

    @Test
    void addedTasksAreAppendedAndKeepTheirOwnIds() {
        String rolloutId = rolloutWithPlan();
        ROLLOUT_UPDATES.clear();

        var first = admin.post("/rollouts/" + rolloutId + "/plan/tasks", Map.of("title", "Extra interface test",
                "durationDays", 3, "dependencies", List.of(Map.of("taskId", "kickoff", "type", "FS"))));
        var second = admin.post("/rollouts/" + rolloutId + "/plan/tasks", Map.of("title", "Extra training session",
                "durationDays", 1));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(setKeys(rolloutId)).contains("plan.chunkIds").doesNotContain("plan");
        JsonNode plan = admin.get("/rollouts/" + rolloutId + "/plan").json();
        List<String> ids = taskIds(plan);
        assertThat(ids).hasSize(55);
        assertThat(ids.subList(53, 55)).containsExactly(first.json().get("task").get("id").asString(),
                second.json().get("task").get("id").asString());
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(plan.get("tasks").get(53)).isEqualTo(admin.get("/rollouts/" + rolloutId + "/plan/tasks/"
                + ids.get(53)).json());
    }

    /**
     * A plan of 5,000 tasks (100 chunks of 50): a progress update writes the one chunk of its task; a go-live move
     * writes every chunk, then commits them in one update statement, and moves every task not started as the answer
     * says. (10,000 tasks are allowed; their {@code plan.instantiated} event needs event parts, which the platform
     * splits: not here yet.)
     */
    @Test
    void aPlanOfFiveThousandTasksIsChangedChunkByChunkAndMovedInOneWrite() {
        int size = 5_000;
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, Object> task = new HashMap<>(Map.of("id", "task-" + i, "durationDays", 2,
                    "title", "Workflow validation session " + i + " with the super users"));
            if (i % 50 == 0) {
                task.put("goLiveOffsetDays", -200);
            } else {
                task.put("dependencies", List.of(Map.of("taskId", "task-" + (i - 1), "type", "FS")));
            }
            tasks.add(task);
        }
        var template = admin.post("/templates", Map.of("name", "Large vendor methodology", "publish", true,
                "content", Map.of("tasks", tasks)));
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        String rolloutId = rollout();
        var instantiated = admin.post("/rollouts/" + rolloutId + "/plan",
                Map.of("templateId", template.json().get("id").asString()));
        assertThat(instantiated.status()).as(instantiated.body()).isEqualTo(201);
        ROLLOUT_UPDATES.clear();
        CHUNK_INSERTS.clear();

        // The last task of the last chain: it pushes nothing, and lives in the last chunk.
        String last = "task-" + (size - 1);
        var progress = admin.post("/rollouts/" + rolloutId + "/plan/tasks/" + last + "/progress",
                Map.of("status", "DONE", "revision", 0));
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(chunkNumbers(rolloutId)).containsExactly(size / 50 - 1);
        assertThat(setKeys(rolloutId)).contains("plan.chunkIds");

        JsonNode before = admin.get("/rollouts/" + rolloutId + "/plan").json();
        long version = admin.get("/rollouts/" + rolloutId).json().get("version").asLong();
        ROLLOUT_UPDATES.clear();
        CHUNK_INSERTS.clear();
        var moved = admin.put("/rollouts/" + rolloutId + "/go-live", Map.of("goLiveDate",
                GO_LIVE.plusWeeks(1).toString(),
                "reason", "Interface vendor late", "version", version));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        assertThat(statements(rolloutId)).as("update statements of the move").isEqualTo(1);
        List<Integer> chunks = new ArrayList<>();
        for (int chunk = 0; chunk < size / 50; chunk++) {
            chunks.add(chunk);
        }
        assertThat(chunkNumbers(rolloutId)).containsExactlyInAnyOrderElementsOf(chunks);
        assertThat(setKeys(rolloutId)).contains("goLiveDate", "plan.chunkIds");
        Map<String, String> movedTo = new HashMap<>();
        moved.json().get("moved").forEach(move -> movedTo.put(move.get("taskId").asString(),
                move.get("start").asString()));
        assertThat(movedTo).hasSize(size - 1).doesNotContainKey(last);
        JsonNode after = admin.get("/rollouts/" + rolloutId + "/plan").json();
        for (int i = 0; i < size; i++) {
            JsonNode task = after.get("tasks").get(i);
            String id = task.get("id").asString();
            assertThat(task.get("start").asString()).as(id).isEqualTo(id.equals(last)
                    ? before.get("tasks").get(i).get("start").asString() : movedTo.get(id));
        }
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan/tasks/task-4321").json())
                .isEqualTo(after.get("tasks").get(4321));
    }

    /** How many version-checked update statements (changes, not the relay's) this rollout's updates held. */
    private static int statements(String rolloutId) {
        int statements = 0;
        for (BsonDocument command : ROLLOUT_UPDATES) {
            for (var update : command.getArray("updates")) {
                BsonDocument statement = update.asDocument();
                if (statement.getDocument("q").getString("_id").getValue().equals(rolloutId)
                        && statement.getDocument("q").containsKey("version")) {
                    statements++;
                }
            }
        }
        return statements;
    }

    /** The numbers of the chunks inserted for this rollout (their ids: rollout/number/content hash). */
    private static List<Integer> chunkNumbers(String rolloutId) {
        return CHUNK_INSERTS.stream().filter(id -> id.startsWith(rolloutId + "/"))
                .map(id -> Integer.parseInt(id.split("/")[1])).toList();
    }

    /** The fields the $set of this rollout's updates named. */
    private static Set<String> setKeys(String rolloutId) {
        Set<String> keys = new HashSet<>();
        for (BsonDocument command : ROLLOUT_UPDATES) {
            for (var update : command.getArray("updates")) {
                BsonDocument statement = update.asDocument();
                if (statement.getDocument("q").getString("_id").getValue().equals(rolloutId)
                        && statement.getDocument("u").containsKey("$set")) {
                    keys.addAll(statement.getDocument("u").getDocument("$set").keySet());
                }
            }
        }
        return keys;
    }

    private static List<String> taskIds(JsonNode plan) {
        List<String> ids = new ArrayList<>();
        plan.get("tasks").forEach(task -> ids.add(task.get("id").asString()));
        return ids;
    }
}
