package org.golive.planning;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan stored before tasks were stored in chunks (one document per task in {@code plan.tasks}) reads as it did,
 * and its next change stores it in chunks: a user's data directory may hold such plans.
 */
class StoredPlanIT extends PlanningServiceHarness {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPlanStoredTaskByTaskReadsAsBeforeAndItsNextChangeStoresItInChunks() {
        String rolloutId = RolloutFixtures.newRollout(admin, "Harbor EHR", Map.of("siteName", "Harbor Hospital",
                "siteType", "HOSPITAL", "goLiveDate", "2027-09-06"));
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(201);
        JsonNode plan = admin.get("/rollouts/" + rolloutId + "/plan").json();
        storeTaskByTask(rolloutId, plan);

        ObjectNode rewritten = (ObjectNode) plan.deepCopy();
        rewritten.put("version", plan.get("version").asInt() + 1);
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan").json()).isEqualTo(rewritten);
        JsonNode kickoff = task(plan, "kickoff");
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan/tasks/kickoff").json()).isEqualTo(kickoff);

        var assigned = admin.put("/rollouts/" + rolloutId + "/plan/tasks/kickoff/raci", Map.of("raci",
                List.of(Map.of("party", "dana.nurse", "role", "ACCOUNTABLE")), "revision", 0));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        Document stored = stored(rolloutId).get("plan", Document.class);
        assertThat(stored).containsKey("taskChunks").doesNotContainKey("tasks");
        JsonNode after = admin.get("/rollouts/" + rolloutId + "/plan").json();
        ObjectNode expected = (ObjectNode) kickoff.deepCopy();
        expected.put("revision", 1)
                .set("raci", JSON.readTree("[{\"party\":\"dana.nurse\",\"role\":\"ACCOUNTABLE\"}]"));
        assertThat(task(after, "kickoff")).isEqualTo(expected);
        assertThat(ids(after)).isEqualTo(ids(plan));
        for (JsonNode task : plan.get("tasks")) {
            if (!task.get("id").asString().equals("kickoff")) {
                assertThat(task(after, task.get("id").asString())).isEqualTo(task);
            }
        }
    }

    /**
     * Rewrites the stored plan in the shape before chunks, with a new version, as the service wrote it then: each
     * task a document mapped from {@code PlanTask}, its id as {@code _id}.
     */
    private void storeTaskByTask(String rolloutId, JsonNode plan) {
        Document document = stored(rolloutId);
        Document storedPlan = document.get("plan", Document.class);
        Document chunks = (Document) storedPlan.remove("taskChunks");
        List<Document> tasks = new ArrayList<>();
        chunks.values().forEach(chunk -> tasks.addAll(taskDocuments((String) chunk)));
        assertThat(tasks).hasSize(plan.get("tasks").size());
        storedPlan.put("tasks", tasks);
        document.put("version", ((Number) document.get("version")).longValue() + 1);
        mongo.getCollection("rollouts").replaceOne(new Document("_id", rolloutId), document);
    }

    private List<Document> taskDocuments(String chunk) {
        List<Document> tasks = new ArrayList<>();
        for (JsonNode task : JSON.readTree(chunk)) {
            Document written = new Document();
            mongo.getConverter().write(JSON.treeToValue(task, org.golive.planning.plan.PlanTask.class), written);
            written.remove("_class");
            assertThat(written).containsKeys("_id", "definition", "status", "scheduled", "revision");
            tasks.add(written);
        }
        return tasks;
    }

    private Document stored(String rolloutId) {
        return mongo.getCollection("rollouts").find(new Document("_id", rolloutId)).first();
    }

    private static JsonNode task(JsonNode plan, String id) {
        for (JsonNode task : plan.get("tasks")) {
            if (task.get("id").asString().equals(id)) {
                return task;
            }
        }
        throw new AssertionError("no task " + id);
    }

    private static List<String> ids(JsonNode plan) {
        List<String> ids = new ArrayList<>();
        plan.get("tasks").forEach(task -> ids.add(task.get("id").asString()));
        return ids;
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper
            .builder().build();
}
