package org.golive.planning;

import org.bson.Document;
import org.bson.types.Binary;
import org.golive.testsupport.GoLiveDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan stored in an older shape reads as it did, and its next change stores it in chunk documents of bytes: a user's
 * data directory may hold such plans. Three shapes came before: one document per task in {@code plan.tasks}, chunks of
 * tasks inside the rollout's document ({@code plan.taskChunks}), then chunk documents holding their JSON as text.
 */
class StoredPlanIT extends PlanningServiceHarness {

    @Autowired
    MongoTemplate mongo;

    private enum OlderShape { TASK_BY_TASK, CHUNKS_IN_ROLLOUT, CHUNKS_AS_TEXT, CHUNKS_OF_200 }

    @Test
    void aPlanStoredTaskByTaskReadsAsBeforeAndItsNextChangeStoresItInChunks() {
        readsAndMigrates(OlderShape.TASK_BY_TASK);
    }

    @Test
    void aPlanStoredInChunksInsideItsRolloutReadsAsBeforeAndItsNextChangeStoresItInChunkDocuments() {
        readsAndMigrates(OlderShape.CHUNKS_IN_ROLLOUT);
    }

    @Test
    void aPlanWhoseChunksHoldTheirJsonAsTextReadsAsBeforeAndItsNextChangeWritesBytes() {
        readsAndMigrates(OlderShape.CHUNKS_AS_TEXT);
    }

    @Test
    void aPlanChunkedTwoHundredTasksAtATimeReadsAsBeforeAndItsNextChangeChunksItAnew() {
        readsAndMigrates(OlderShape.CHUNKS_OF_200);
    }

    @Test
    void calendarsStoredAsThePlansOwnFieldsReadAsBeforeAndAChangeKeepsThatShape() {
        String rolloutId = RolloutFixtures.newRollout(admin, "Harbor EHR", Map.of("siteName", "Harbor Hospital",
                "siteType", "HOSPITAL", "goLiveDate", GoLiveDates.mondayWeeksAhead(38).toString()));
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(201);
        // As main's SitePlan wrote them: the site's calendar in plan.calendar, named ones in plan.calendars.
        Document document = stored(rolloutId);
        Document storedPlan = document.get("plan", Document.class);
        List<String> weekdays = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        storedPlan.put("calendar", new Document("workingWeekdays", weekdays).append("holidays", List.of())
                .append("extraWorkingDays", List.of())
                .append("weekdayWorkingTimes", new Document("FRIDAY", "08:00-12:00")));
        storedPlan.put("calendars", List.of(new Document("name", "Night shift").append("calendar",
                new Document("workingWeekdays", weekdays).append("holidays", List.of())
                        .append("extraWorkingDays", List.of()).append("workingTimes", "00:00-06:00,22:00-24:00"))));
        bumpVersion(rolloutId, document);

        JsonNode calendars = admin.get("/rollouts/" + rolloutId + "/plan/calendars").json();
        assertThat(calendars.findValuesAsString("name")).containsExactly("Standard", "Night shift", "24-hours");
        JsonNode standard = admin.get("/rollouts/" + rolloutId + "/plan/calendars/Standard").json();
        assertThat(standard.get("weekdayWorkingTimes").get("FRIDAY").asString()).isEqualTo("08:00-12:00");
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan/calendars/Night%20shift").json()
                .get("workingTimes").asString()).isEqualTo("00:00-06:00,22:00-24:00");

        long version = admin.get("/rollouts/" + rolloutId).json().get("version").asLong();
        var set = admin.put("/rollouts/" + rolloutId + "/plan/calendars/Weekend%20cutover",
                Map.of("workingWeekdays", List.of("SATURDAY", "SUNDAY"), "version", version));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        Document after = stored(rolloutId).get("plan", Document.class);
        assertThat(after.get("calendar", Document.class).get("weekdayWorkingTimes", Document.class)
                .getString("FRIDAY")).isEqualTo("08:00-12:00");
        assertThat(after.getList("calendars", Document.class)).extracting(named -> named.getString("name"))
                .containsExactly("Night shift", "Weekend cutover");
        assertThat(after).doesNotContainKey("siteCalendars");
    }

    private void readsAndMigrates(OlderShape shape) {
        String rolloutId = RolloutFixtures.newRollout(admin, "Harbor EHR", Map.of("siteName", "Harbor Hospital",
                "siteType", "HOSPITAL", "goLiveDate", GoLiveDates.mondayWeeksAhead(38).toString()));
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(201);
        JsonNode plan = admin.get("/rollouts/" + rolloutId + "/plan").json();
        storeInOlderShape(rolloutId, plan, shape);

        ObjectNode rewritten = (ObjectNode) plan.deepCopy();
        rewritten.put("version", plan.get("version").asInt() + 1);
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan").json()).isEqualTo(rewritten);
        JsonNode kickoff = task(plan, "kickoff");
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan/tasks/kickoff").json()).isEqualTo(kickoff);

        var assigned = admin.put("/rollouts/" + rolloutId + "/plan/tasks/kickoff/raci", Map.of("raci",
                List.of(Map.of("party", "dana.nurse", "role", "ACCOUNTABLE")), "revision", 0));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        Document stored = stored(rolloutId).get("plan", Document.class);
        assertThat(stored).containsKey("chunkIds").doesNotContainKeys("tasks", "taskChunks");
        List<Document> chunks = mongo.getCollection("plan_chunks").find(new Document("_id",
                new Document("$in", stored.getList("chunkIds", String.class)))).into(new ArrayList<>());
        // 53 tasks, stored before in one chunk (up to 200 tasks a chunk): now two of at most 50.
        assertThat(chunks).hasSize(2);
        for (Document chunk : chunks) {
            assertThat(chunk.get("tasks")).as("the tasks' JSON as bytes").isInstanceOf(Binary.class);
            assertThat(JSON.readTree(((Binary) chunk.get("tasks")).getData()).size()).isBetween(1, 50);
        }
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
     * Rewrites the stored plan in an older shape, with a new version, as the service wrote it then: each task a
     * document mapped from {@code PlanTask}, its id as {@code _id}; or the chunks' JSON by number in the rollout's
     * document; or chunk documents holding their JSON as text; or as bytes, but 200 tasks a chunk. Every older shape
     * held up to 200 tasks a chunk: the plan's 53 in one.
     */
    private void storeInOlderShape(String rolloutId, JsonNode plan, OlderShape shape) {
        Document document = stored(rolloutId);
        Document storedPlan = document.get("plan", Document.class);
        List<String> chunkIds = storedPlan.getList("chunkIds", String.class);
        List<String> parts = new ArrayList<>();
        for (String id : chunkIds) {
            Binary bytes = (Binary) mongo.getCollection("plan_chunks").find(new Document("_id", id)).first()
                    .get("tasks");
            String json = new String(bytes.getData(), StandardCharsets.UTF_8);
            parts.add(json.substring(1, json.length() - 1));
        }
        List<String> chunks = List.of("[" + String.join(",", parts) + "]");
        mongo.getCollection("plan_chunks").deleteMany(new Document("_id", new Document("$in", chunkIds)));
        if (shape == OlderShape.CHUNKS_AS_TEXT || shape == OlderShape.CHUNKS_OF_200) {
            String id = rolloutId + "/0/written-before";
            Object tasks = shape == OlderShape.CHUNKS_AS_TEXT ? chunks.get(0)
                    : new Binary(chunks.get(0).getBytes(StandardCharsets.UTF_8));
            mongo.getCollection("plan_chunks").insertOne(new Document("_id", id).append("rolloutId", rolloutId)
                    .append("tasks", tasks).append("written", new java.util.Date()));
            storedPlan.put("chunkIds", List.of(id));
            bumpVersion(rolloutId, document);
            return;
        }
        storedPlan.remove("chunkIds");
        if (shape == OlderShape.TASK_BY_TASK) {
            List<Document> tasks = new ArrayList<>();
            chunks.forEach(chunk -> tasks.addAll(taskDocuments(chunk)));
            assertThat(tasks).hasSize(plan.get("tasks").size());
            storedPlan.put("tasks", tasks);
        } else {
            Document inline = new Document();
            for (int chunk = 0; chunk < chunks.size(); chunk++) {
                inline.append(String.valueOf(chunk), chunks.get(chunk));
            }
            storedPlan.put("taskChunks", inline);
        }
        bumpVersion(rolloutId, document);
    }

    /** A new version, so that no instance answers from the plan it decoded at the old one. */
    private void bumpVersion(String rolloutId, Document document) {
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
