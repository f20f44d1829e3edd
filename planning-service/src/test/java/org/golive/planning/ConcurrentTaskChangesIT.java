package org.golive.planning;

import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people changing different tasks of one plan at the same moment both succeed; two changing the same task do
 * not (the second sent a revision that is no longer the task's).
 */
class ConcurrentTaskChangesIT extends PlanningServiceHarness {

    private static final int PEOPLE = 8;
    private static final int UPDATES_EACH = 25;

    @Test
    void peopleRecordingProgressOnDifferentTasksOfOnePlanAtOnceNeverCollide() throws Exception {
        String rolloutId = rolloutWithPlan();
        List<String> tasks = workTasks(admin.get("/rollouts/" + rolloutId + "/plan").json()).subList(0, PEOPLE);

        List<Callable<List<Integer>>> people = new ArrayList<>();
        for (String taskId : tasks) {
            HttpJson person = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
            people.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                int revision = 0;
                for (int percent = 1; percent <= UPDATES_EACH; percent++) {
                    var answer = person.post("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/progress",
                            Map.of("percentComplete", percent, "revision", revision));
                    statuses.add(answer.status());
                    if (answer.status() == 200) {
                        revision = answer.json().get("task").get("revision").asInt();
                    }
                }
                return statuses;
            });
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        try {
            for (Future<List<Integer>> person : pool.invokeAll(people)) {
                statuses.addAll(person.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).hasSize(PEOPLE * UPDATES_EACH).containsOnly(200);
        JsonNode plan = admin.get("/rollouts/" + rolloutId + "/plan").json();
        for (JsonNode task : plan.get("tasks")) {
            if (tasks.contains(task.get("id").asString())) {
                assertThat(task.get("percentComplete").asInt()).as(task.get("id").asString())
                        .isEqualTo(UPDATES_EACH);
                assertThat(task.get("revision").asInt()).as(task.get("id").asString()).isEqualTo(UPDATES_EACH);
            }
        }
    }

    @Test
    void aChangeToATaskOnAStaleRevisionIsAConflictAndChangesNothing() {
        String rolloutId = rolloutWithPlan();
        String taskId = workTasks(admin.get("/rollouts/" + rolloutId + "/plan").json()).get(0);
        String progress = "/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/progress";

        assertThat(admin.post(progress, Map.of("percentComplete", 10, "revision", 0)).status()).isEqualTo(200);
        var stale = admin.post(progress, Map.of("percentComplete", 50, "revision", 0));

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.contentType()).contains("application/problem+json");
        JsonNode task = admin.get("/rollouts/" + rolloutId + "/plan/tasks/" + taskId).json();
        assertThat(task.get("percentComplete").asInt()).isEqualTo(10);
        assertThat(task.get("revision").asInt()).isEqualTo(1);
    }

    private String rolloutWithPlan() {
        String rolloutId = RolloutFixtures.newRollout(admin, "Harbor EHR", Map.of("siteName", "Harbor Hospital",
                "siteType", "HOSPITAL", "goLiveDate", GoLiveDates.mondayWeeksAhead(38).toString()));
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        var plan = admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return rolloutId;
    }

    /** The tasks that can be in progress (not milestones). */
    private static List<String> workTasks(JsonNode plan) {
        List<String> ids = new ArrayList<>();
        plan.get("tasks").forEach(task -> {
            if (!task.get("milestone").asBoolean()) {
                ids.add(task.get("id").asString());
            }
        });
        return ids;
    }
}
