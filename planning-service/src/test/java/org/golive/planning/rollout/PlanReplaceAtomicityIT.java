package org.golive.planning.rollout;

import org.bson.Document;
import org.golive.platform.outbox.AggregateStore;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;

/**
 * A plan replaced from a file is the old plan or the new one, never a mix: a replace that dies between inserting the
 * new plan's chunks and committing the rollout's document leaves the old plan, its version and its waiting events as
 * they were, and the same replace tried again lands whole. (The configuration is {@link PlanChunksIT}'s, so both run
 * in one Spring context.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "golive.plan-chunks.sweep-enabled=false")
@Import(GoliveTestInfrastructure.class)
class PlanReplaceAtomicityIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PlanChunks chunks;
    /** The store the rollouts are committed through: made to fail once, as a process killed at that moment. */
    @MockitoSpyBean
    AggregateStore store;
    HttpJson admin;

    @BeforeEach
    void adminClient() {
        admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
    }

    private static byte[] resource(String path) {
        try (InputStream in = PlanReplaceAtomicityIT.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpJson.Reply upload(String method, String rolloutId, String query, byte[] file) {
        return admin.send(HttpRequest.newBuilder(admin.uri("/rollouts/" + rolloutId + "/plan/import" + query))
                .header("Content-Type", "application/xml").method(method, HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    @Test
    void aReplaceThatDiesBeforeItsCommitLeavesTheOldPlanWholeAndTheSameReplaceThenLandsWhole() {
        String programId = admin.post("/programs", Map.of("name", "Atomic replace")).json().get("id").asString();
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Atomic Labs",
                "siteType", "LABORATORY", "goLiveDate", GoLiveDates.mondayWeeksAhead(40).toString()))
                .json().get("id").asString();
        assertThat(upload("POST", rolloutId, "?fileName=v1.xml", resource("/mspdi/projectlibre-new-product.xml"))
                .status()).isEqualTo(201);
        JsonNode before = admin.get("/rollouts/" + rolloutId + "/plan").json();
        Document storedBefore = stored(rolloutId);
        long version = storedBefore.getLong("version");
        Set<String> chunksBefore = chunkIds(rolloutId);
        byte[] replacement = resource("/mspdi/mpxj-task-links-project2019.xml");

        doThrow(new IllegalStateException("killed between the chunk inserts and the rollout's write"))
                .doCallRealMethod().when(store).update(any(Rollout.class), any(Update.class), anyList());
        var died = upload("PUT", rolloutId, "?fileName=v2.xml&version=" + version, replacement);
        assertThat(died.status()).isEqualTo(500);

        // The new plan's chunks were inserted, and nothing references them: a fresh reader sees the old plan whole.
        Set<String> orphans = chunkIds(rolloutId);
        orphans.removeAll(chunksBefore);
        assertThat(orphans).isNotEmpty();
        Document storedAfter = stored(rolloutId);
        assertThat(storedAfter.getLong("version")).isEqualTo(version);
        assertThat(storedAfter.get("eventSequence")).isEqualTo(storedBefore.get("eventSequence"));
        assertThat(storedAfter.get("outbox")).isEqualTo(storedBefore.get("outbox"));
        assertThat(referenced(storedAfter)).isEqualTo(referenced(storedBefore));
        assertThat(chunks.read(referenced(storedAfter))).extracting(task -> task.id())
                .containsExactlyElementsOf(before.get("tasks").findValuesAsString("id"));
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan").json()).isEqualTo(before);

        var replaced = upload("PUT", rolloutId, "?fileName=v2.xml&version=" + version, replacement);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode after = admin.get("/rollouts/" + rolloutId + "/plan").json();
        assertThat(after.get("version").asLong()).isEqualTo(version + 1);
        assertThat(after.get("source").get("fileName").asString()).isEqualTo("v2.xml");
        assertThat(chunks.read(referenced(stored(rolloutId)))).extracting(task -> task.id())
                .containsExactlyElementsOf(after.get("tasks").findValuesAsString("id"));
        // The retry wrote the chunks the dead attempt had inserted: the same content, the same ids.
        assertThat(referenced(stored(rolloutId))).containsExactlyInAnyOrderElementsOf(orphans);
    }

    private Document stored(String rolloutId) {
        return mongo.getCollection("rollouts").find(new Document("_id", rolloutId)).first();
    }

    private static List<String> referenced(Document rollout) {
        return rollout.get("plan", Document.class).getList(Rollouts.CHUNK_IDS, String.class);
    }

    private Set<String> chunkIds(String rolloutId) {
        Set<String> ids = new HashSet<>();
        chunks.chunks().find(new Document(PlanChunks.ROLLOUT, rolloutId)).forEach(chunk -> ids.add(chunk.getString("_id")));
        return ids;
    }
}
