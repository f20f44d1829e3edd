package org.golive.planning;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
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

    /** The update commands the service sent to the rollouts collection. */
    static final List<BsonDocument> ROLLOUT_UPDATES = new CopyOnWriteArrayList<>();

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
                "siteType", "HOSPITAL", "goLiveDate", "2027-09-06"));
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

        // Kick-off done today, months early: everything that waited on it may move.
        var progress = admin.post("/rollouts/" + rolloutId + "/plan/tasks/kickoff/progress",
                Map.of("status", "DONE", "revision", 0));
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);

        Set<String> expected = new HashSet<>(Set.of("plan.tasks." + order.indexOf("kickoff"), "plan.criticalPath",
                "plan.start", "plan.finish", "plan.nextTaskNumber", "version", "eventSequence"));
        progress.json().get("rescheduling").get("moved")
                .forEach(move -> expected.add("plan.tasks." + order.indexOf(move.get("taskId").asString())));
        assertThat(setKeys(rolloutId)).containsExactlyInAnyOrderElementsOf(expected);

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
        assertThat(setKeys(rolloutId)).contains("plan.tasks.42", "plan.tasks.43").doesNotContain("plan");
        JsonNode plan = admin.get("/rollouts/" + rolloutId + "/plan").json();
        List<String> ids = taskIds(plan);
        assertThat(ids).hasSize(44);
        assertThat(ids.subList(42, 44)).containsExactly(first.json().get("task").get("id").asString(),
                second.json().get("task").get("id").asString());
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(plan.get("tasks").get(42)).isEqualTo(admin.get("/rollouts/" + rolloutId + "/plan/tasks/"
                + ids.get(42)).json());
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
