package org.golive.planning.rollout;

import org.bson.Document;
import org.golive.platform.outbox.AggregateStore;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * A plan's tasks live in immutable chunk documents that the rollout's document references: a go-live move or a plan
 * replaced from a file that dies between inserting its chunks and committing the rollout's document leaves the plan as
 * it was, and the sweep removes what no rollout references, never a chunk in use or one a change in flight is about
 * to reference.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "golive.plan-chunks.sweep-enabled=false")
@Import(GoliveTestInfrastructure.class)
// A spy makes a context of its own: closed after the class, while the JVM's one broker still runs (closed at exit,
// after the broker, each such context's consumers wait out their timeouts and the fork overstays Surefire's 30 s).
@DirtiesContext
class PlanChunksIT {

    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(38);

    private static final int TASKS = 450;

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PlanChunks chunks;
    @Autowired
    PlanChunkSweep sweep;
    /** The store the rollouts are committed through: made to fail once, as a process killed at that moment. */
    @MockitoSpyBean
    AggregateStore store;
    HttpJson admin;

    @BeforeEach
    void adminClient() {
        admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
    }

    @Test
    void aGoLiveMoveThatDiesBeforeItsCommitLeavesNoTaskMovedAndTheNextMoveWorks() {
        String rolloutId = rolloutWithPlan();
        JsonNode before = admin.get("/rollouts/" + rolloutId + "/plan").json();
        Document storedBefore = stored(rolloutId);
        long version = storedBefore.getLong("version");
        Set<String> chunksBefore = chunkIds(rolloutId);
        assertThat(referenced(storedBefore)).hasSize(TaskChunks.count(TASKS))
                .containsExactlyInAnyOrderElementsOf(chunksBefore);

        doThrow(new IllegalStateException("killed between the chunk inserts and the rollout's write"))
                .doCallRealMethod().when(store).update(any(Rollout.class), any(Update.class), anyList());
        var died = admin.put("/rollouts/" + rolloutId + "/go-live", Map.of("goLiveDate",
                GO_LIVE.plusWeeks(4).toString(),
                "reason", "Interface vendor late", "version", version));
        assertThat(died.status()).isEqualTo(500);

        // The move's chunks were inserted, and nothing references them: the plan, its version and its waiting
        // events are as before, read from the store by a fresh reader too.
        Set<String> orphans = chunkIds(rolloutId);
        orphans.removeAll(chunksBefore);
        assertThat(orphans).hasSize(TaskChunks.count(TASKS));
        Document storedAfter = stored(rolloutId);
        assertThat(storedAfter.getLong("version")).isEqualTo(version);
        assertThat(storedAfter.get("eventSequence")).isEqualTo(storedBefore.get("eventSequence"));
        assertThat(referenced(storedAfter)).isEqualTo(referenced(storedBefore));
        assertThat(chunks.read(referenced(storedAfter))).extracting(task -> task.scheduled().start().toString())
                .containsExactlyElementsOf(starts(before));
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan").json()).isEqualTo(before);

        var moved = admin.put("/rollouts/" + rolloutId + "/go-live", Map.of("goLiveDate",
                GO_LIVE.plusWeeks(4).toString(),
                "reason", "Interface vendor late", "version", version));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode after = admin.get("/rollouts/" + rolloutId + "/plan").json();
        assertThat(after.get("version").asLong()).isEqualTo(version + 1);
        assertThat(moved.json().get("moved")).hasSize(TASKS);
        List<String> startsBefore = starts(before);
        List<String> startsAfter = starts(after);
        for (int i = 0; i < TASKS; i++) {
            assertThat(startsAfter.get(i)).as("task-" + i).isNotEqualTo(startsBefore.get(i));
        }
        // The retry wrote chunks of its own; the dead attempt's are referenced by nothing, left to the sweep.
        assertThat(referenced(stored(rolloutId))).hasSize(TaskChunks.count(TASKS))
                .doesNotContainAnyElementsOf(orphans)
                .doesNotContainAnyElementsOf(chunksBefore);
    }

    /** A plan replaced from a file is the old plan or the new one, never a mix. */
    @Test
    void aReplaceThatDiesBeforeItsCommitLeavesTheOldPlanWholeAndTheSameReplaceThenLandsWhole() {
        String programId = admin.post("/programs", Map.of("name", "Atomic replace")).json().get("id").asString();
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Atomic Labs",
                "siteType", "LABORATORY", "goLiveDate", GoLiveDates.mondayWeeksAhead(40).toString()))
                .json().get("id").asString();
        assertThat(MspdiUploads.upload(admin, "POST", rolloutId, "?fileName=v1.xml",
                MspdiUploads.sample(MspdiUploads.PROJECTLIBRE))
                .status()).isEqualTo(201);
        JsonNode before = admin.get("/rollouts/" + rolloutId + "/plan").json();
        Document storedBefore = stored(rolloutId);
        long version = storedBefore.getLong("version");
        Set<String> chunksBefore = chunkIds(rolloutId);
        byte[] replacement = MspdiUploads.sample(MspdiUploads.TASK_LINKS);

        doThrow(new IllegalStateException("killed between the chunk inserts and the rollout's write"))
                .doCallRealMethod().when(store).update(any(Rollout.class), any(Update.class), anyList());
        var died = MspdiUploads.upload(admin, "PUT", rolloutId, "?fileName=v2.xml&version=" + version, replacement);
        assertThat(died.status()).isEqualTo(500);

        // The new plan's chunks were inserted, and nothing references them: a fresh reader sees the old plan whole.
        Set<String> orphans = chunkIds(rolloutId);
        orphans.removeAll(chunksBefore);
        assertThat(orphans).isNotEmpty();
        Document storedAfter = stored(rolloutId);
        assertThat(storedAfter.getLong("version")).isEqualTo(version);
        assertThat(storedAfter.get("eventSequence")).isEqualTo(storedBefore.get("eventSequence"));
        assertThat(referenced(storedAfter)).isEqualTo(referenced(storedBefore));
        assertThat(chunks.read(referenced(storedAfter))).extracting(task -> task.id())
                .containsExactlyElementsOf(before.get("tasks").findValuesAsString("id"));
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan").json()).isEqualTo(before);

        var replaced = MspdiUploads.upload(admin, "PUT", rolloutId, "?fileName=v2.xml&version=" + version, replacement);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode after = admin.get("/rollouts/" + rolloutId + "/plan").json();
        assertThat(after.get("version").asLong()).isEqualTo(version + 1);
        assertThat(after.get("source").get("fileName").asString()).isEqualTo("v2.xml");
        assertThat(chunks.read(referenced(stored(rolloutId)))).extracting(task -> task.id())
                .containsExactlyElementsOf(after.get("tasks").findValuesAsString("id"));
        // The retry wrote chunks of its own; the dead attempt's are referenced by nothing, left to the sweep.
        assertThat(referenced(stored(rolloutId))).doesNotContainAnyElementsOf(orphans)
                .doesNotContainAnyElementsOf(chunksBefore);
    }

    @Test
    void theSweepDeletesOldChunksNoRolloutReferencesAndKeepsTheRest() {
        String rolloutId = rolloutWithPlan();
        Set<String> first = chunkIds(rolloutId);
        var progress = admin.post("/rollouts/" + rolloutId + "/plan/tasks/task-449/progress",
                Map.of("status", "DONE", "revision", 0));
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        List<String> referenced = referenced(stored(rolloutId));
        Set<String> replaced = new HashSet<>(first);
        replaced.removeAll(referenced);
        assertThat(replaced).as("the last chunk, replaced by the progress update").hasSize(1);

        Instant now = Instant.now();
        Date longAgo = Date.from(now.minus(Duration.ofDays(1)));
        chunks.chunks().updateMany(new Document("rolloutId", rolloutId),
                new Document("$set", new Document("written", longAgo)));
        chunks.chunks().insertOne(new Document("_id", "gone-rollout/0/abc").append("rolloutId", "gone-rollout")
                .append("tasks", "[]").append("written", longAgo));
        // A change in flight: its chunk is inserted, its rollout's write not made yet.
        chunks.chunks().insertOne(new Document("_id", rolloutId + "/0/in-flight").append("rolloutId", rolloutId)
                .append("tasks", "[]").append("written", Date.from(now)));

        // Two instances sweep at once: between them the two chunks go, each once.
        var racing = List.of(CompletableFuture.supplyAsync(() -> sweep.sweep(now.minus(Duration.ofHours(1)))),
                CompletableFuture.supplyAsync(() -> sweep.sweep(now.minus(Duration.ofHours(1)))));
        assertThat(racing.stream().mapToInt(CompletableFuture::join).sum()).isEqualTo(2);

        Set<String> left = chunkIds(rolloutId);
        assertThat(left).containsAll(referenced).contains(rolloutId + "/0/in-flight")
                .doesNotContainAnyElementsOf(replaced);
        assertThat(chunks.chunks().countDocuments(new Document("rolloutId", "gone-rollout"))).isZero();
        assertThat(sweep.sweep(now.minus(Duration.ofHours(1)))).as("a second sweep, as another instance's").isZero();
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan/tasks/task-449").json().get("status").asString())
                .isEqualTo("DONE");
    }

    @Test
    void aWriteKeepsTheIdsOfUnchangedChunksAndStoresAChangedOneAsANewDocument() {
        String rolloutId = rolloutWithPlan();
        List<String> referenced = referenced(stored(rolloutId));
        assertThat(referenced).as("a plan of several chunks").hasSizeGreaterThan(2);
        var tasks = chunks.read(referenced);
        Document ofRollout = new Document("rolloutId", rolloutId);
        long stored = chunks.chunks().countDocuments(ofRollout);

        List<String> again = chunks.write(rolloutId, tasks, referenced, List.of(1));

        assertThat(again).hasSameSizeAs(referenced);
        for (int chunk = 0; chunk < referenced.size(); chunk++) {
            if (chunk == 1) {
                assertThat(again.get(chunk)).isNotEqualTo(referenced.get(chunk)).startsWith(rolloutId + "/1/");
            } else {
                assertThat(again.get(chunk)).isEqualTo(referenced.get(chunk));
            }
        }
        assertThat(chunks.chunks().countDocuments(ofRollout)).as("one new document, none changed").isEqualTo(stored + 1);
        assertThat(chunks.read(again)).isEqualTo(tasks);
        assertThat(chunks.read(referenced)).as("the old chunk is still there until the sweep").isEqualTo(tasks);
    }

    private String rolloutWithPlan() {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            Map<String, Object> task = new HashMap<>(Map.of("id", "task-" + i, "durationDays", 2,
                    "title", "Workflow validation session " + i));
            if (i % 50 == 0) {
                task.put("goLiveOffsetDays", -200);
            } else {
                task.put("dependencies", List.of(Map.of("taskId", "task-" + (i - 1), "type", "FS")));
            }
            tasks.add(task);
        }
        var template = admin.post("/templates", Map.of("name", "Chunked methodology", "publish", true,
                "content", Map.of("tasks", tasks)));
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        String programId = admin.post("/programs", Map.of("name", "Harbor EHR")).json().get("id").asString();
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Harbor Hospital",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString())).json().get("id").asString();
        var plan = admin.post("/rollouts/" + rolloutId + "/plan",
                Map.of("templateId", template.json().get("id").asString()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return rolloutId;
    }

    private Document stored(String rolloutId) {
        return mongo.getCollection("rollouts").find(new Document("_id", rolloutId)).first();
    }

    private static List<String> referenced(Document rollout) {
        return rollout.get("plan", Document.class).getList(Rollouts.CHUNK_IDS, String.class);
    }

    private Set<String> chunkIds(String rolloutId) {
        Set<String> ids = new HashSet<>();
        chunks.chunks().find(new Document("rolloutId", rolloutId)).forEach(chunk -> ids.add(chunk.getString("_id")));
        return ids;
    }

    private static List<String> starts(JsonNode plan) {
        List<String> starts = new ArrayList<>();
        plan.get("tasks").forEach(task -> starts.add(task.get("start").asString()));
        return starts;
    }
}
