package org.golive.tracking;

import org.bson.Document;
import org.golive.contract.Topics;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.rebuild.ReadModelRebuild;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The PMO rebuilds the read models by replaying the topics from the start, while reads go on and events keep
 * arriving: the rebuilt models equal the ones built incrementally, an event that arrived during the rebuild is not
 * lost in the switch, people's input (a readiness assessment) is kept with what depends on it, the old generation is
 * dropped, one rebuild runs at a time, and one interrupted by a restart is abandoned with the active one untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class ReadModelRebuildIT {

    private static final List<String> TOPICS = List.of(Topics.PLANNING, Topics.BUDGET, Topics.STAKEHOLDER);

    @LocalServerPort
    int port;
    @Autowired
    ReadModels readModels;
    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    MongoTemplate mongo;

    private record Site(String rolloutId, String programId, String waveId) {

        static Site fresh() {
            return new Site(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        }
    }

    @Test
    void aRebuildByReplayEqualsTheIncrementalModelsWhileReadsGoOnAndEventsArrive() throws Exception {
        HttpJson pmo = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        Site assessed = Site.fresh();
        Site plain = Site.fresh();
        Site duringRebuild = Site.fresh();
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            send(events, assessed);
            send(events, plain);
            events.send(assessed.rolloutId(), StakeholderEvents.conflictRaised(assessed.rolloutId(),
                    assessed.programId(), "c-" + assessed.rolloutId(), "HIGH"));
            await().atMost(Duration.ofSeconds(30)).until(() -> pmo.get(scorecard(assessed)).status() == 200);
            HttpJson.Reply assessment = pmo.put(scorecard(assessed) + "/criteria/support-model/assessment",
                    Map.of("attainment", 100, "evidence", "Runbook v2 signed"));
            assertThat(assessment.status()).isEqualTo(200);
            quiet(pmo, assessed, plain);
            assertThat(stakeholders(pmo, assessed).get("colour").asString()).isEqualTo("AMBER");
            Map<String, String> before = readModels(pmo, assessed, plain);
            assertThat(normalised(pmo, assessed)).as("the assessment is in the score").contains("\"MET\"");
            long previous = readModels.active();

            // Readers never see a gap: every read during the rebuild and the switch answers the same.
            AtomicBoolean reading = new AtomicBoolean(true);
            List<String> misreads = new CopyOnWriteArrayList<>();
            AtomicInteger reads = new AtomicInteger();
            long rebuilt;
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    for (String path : List.of(status(plain), "/rollouts/" + plain.rolloutId() + "/earned-value",
                            "/portfolio/rollouts/" + plain.rolloutId())) {
                        HttpJson.Reply reply = pmo.get(path);
                        reads.incrementAndGet();
                        if (reply.status() != 200 || !reply.body().equals(before.get(plain.rolloutId() + path))) {
                            misreads.add(path + " " + reply.status() + " " + reply.body());
                        }
                    }
                }
            });
            reader.start();
            try {
                HttpJson.Reply started = pmo.post("/read-models/rebuild", Map.of());
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                assertThat(started.json().get("generation").asLong()).isGreaterThan(previous);
                // Events arrive during the rebuild: a new site, a conflict resolved on an existing document.
                send(events, duringRebuild);
                events.send(assessed.rolloutId(), StakeholderEvents.conflictResolved(assessed.rolloutId(),
                        assessed.programId(), "c-" + assessed.rolloutId(), "HIGH"));
                JsonNode done = awaitDone(pmo);
                rebuilt = done.get("generation").asLong();
                assertThat(done.get("recordsReplayed").asLong()).isPositive();
                await().atMost(Duration.ofSeconds(30)).until(reads::get, n -> n > 6);
            } finally {
                reading.set(false);
                reader.join();
            }
            assertThat(misreads).as("reads during the rebuild").isEmpty();
            assertThat(readModels.active()).isEqualTo(rebuilt).isGreaterThan(previous);
            assertThat(mongo.findById(plain.rolloutId(), org.bson.Document.class,
                    ReadModels.nameIn("status_views", rebuilt))).as("the rebuilt generation keeps each status")
                    .isNotNull();
            assertThat(mongo.findById(plain.rolloutId(), org.bson.Document.class,
                    ReadModels.nameIn("evm_measures", rebuilt))).as("and each rollout's earned-value measures")
                    .isNotNull();
            assertThat(mongo.findById(plain.rolloutId(), org.bson.Document.class,
                    ReadModels.nameIn("progress_curves", rebuilt))).as("and its progress curves").isNotNull();

            quiet(pmo, assessed, plain, duringRebuild);
            assertThat(stakeholders(pmo, assessed).get("colour").asString())
                    .as("the conflict resolved during the rebuild reached the new generation").isNotEqualTo("AMBER");
            assertThat(normalised(pmo, duringRebuild)).as("a site fed during the rebuild")
                    .isEqualTo(normalised(pmo, plain));
            Map<String, String> after = readModels(pmo, assessed, plain);
            // The conflict resolved during the rebuild changed the assessed site's health, its portfolio figures
            // and its audit trail; everything else is as before.
            after.forEach((path, body) -> {
                if (!path.startsWith(assessed.rolloutId() + "/rollouts/" + assessed.rolloutId() + "/health")
                        && !path.startsWith(assessed.rolloutId() + "/portfolio")
                        && !path.startsWith(assessed.rolloutId() + "/audit")) {
                    assertThat(body).as(path).isEqualTo(before.get(path));
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> readModels.collectionsOf(previous).isEmpty());

            // At rest, a rebuild gives back exactly what was built incrementally (every site, every read model).
            Map<String, String> incremental = readModels(pmo, assessed, plain, duringRebuild);
            Map<String, Document> judgedIncrementally = judged(assessed, plain, duringRebuild);
            assertThat(pmo.post("/read-models/rebuild", Map.of()).status()).isEqualTo(202);
            assertThat(awaitDone(pmo).get("generation").asLong()).isGreaterThan(rebuilt);
            assertThat(readModels(pmo, assessed, plain, duringRebuild)).isEqualTo(incremental);
            // Health judged from the fold's documents gives the figures judged incrementally, field for field: the
            // portfolio's documents, each day's comparison point, and the stored health, not written again.
            assertThat(judged(assessed, plain, duringRebuild)).isEqualTo(judgedIncrementally);
        }
    }

    @Test
    void oneRebuildAtATimeAndOneInterruptedByARestartIsAbandonedWithTheActiveGenerationKept() {
        HttpJson pmo = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        if (pmo.get("/read-models/rebuild").status() == 200) {
            awaitDone(pmo);
        }
        long active = readModels.active();
        long building = active + 7;
        String leftOver = ReadModels.nameIn("portfolio_rollouts", building);
        mongo.insert(new Document("_id", "half-built"), leftOver);
        // What a tracking instance that died mid-rebuild leaves behind.
        mongo.upsert(query(where("_id").is("last")), new Update().set("runId", "crashed").set("state", "RUNNING")
                .set("phase", "REPLAYING").set("generation", building).set("previousGeneration", active)
                .set("startedAt", new Date()).unset("finishedAt"), "read_model_rebuilds");

        HttpJson.Reply refused = pmo.post("/read-models/rebuild", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(new HttpJson("http://localhost:" + port).as("VIEWER").post("/read-models/rebuild", Map.of())
                .status()).isEqualTo(403);

        rebuild.abandonInterrupted(); // as at the next start
        JsonNode abandoned = pmo.get("/read-models/rebuild").json();
        assertThat(abandoned.get("state").asString()).isEqualTo("ABANDONED");
        assertThat(readModels.active()).isEqualTo(active);
        assertThat(mongo.collectionExists(leftOver)).isFalse();
        assertThat(pmo.get("/portfolio").status()).isEqualTo(200);
    }

    /** What health's judgement keeps about each site, as stored: portfolio document, comparison series, health. */
    private Map<String, Document> judged(Site... sites) {
        Map<String, Document> stored = new java.util.TreeMap<>();
        for (Site site : sites) {
            stored.put("portfolio " + site.rolloutId(), mongo.findById(site.rolloutId(), Document.class,
                    readModels.collection("portfolio_rollouts")));
            stored.put("points " + site.rolloutId(), mongo.findById(site.rolloutId(), Document.class,
                    "comparison_series"));
            Document health = mongo.findById(site.rolloutId(), Document.class, "rollout_health");
            health.remove("outbox"); // emptied by the relay whenever it publishes
            stored.put("health " + site.rolloutId(), health);
        }
        assertThat(stored.values()).doesNotContainNull();
        return stored;
    }

    private static JsonNode awaitDone(HttpJson pmo) {
        JsonNode done = await().atMost(Duration.ofSeconds(120)).until(() -> pmo.get("/read-models/rebuild").json(),
                s -> !"RUNNING".equals(s.get("state").asString()));
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        return done;
    }

    private static void send(TestEvents events, Site site) {
        StatusStream.of(site.rolloutId(), site.programId(), site.waveId())
                .forEach(source -> source.events().forEach(event -> events.send(site.rolloutId(), event)));
    }

    /** Every event sent was applied, and the sites are complete. */
    private static void quiet(HttpJson pmo, Site... sites) {
        ConsumerLag.awaitCaughtUp("golive-tracking", TOPICS);
        for (Site site : sites) {
            await().atMost(Duration.ofSeconds(30)).until(() -> pmo.get("/rollouts/" + site.rolloutId()
                    + "/earned-value").json(), v -> "100000.00".equals(v.path("ac").asString()));
        }
    }

    /** Each site's read models over HTTP, keyed by the site and the path. */
    private static Map<String, String> readModels(HttpJson pmo, Site... sites) {
        Map<String, String> read = new java.util.TreeMap<>();
        for (Site site : sites) {
            for (String path : paths(site)) {
                HttpJson.Reply reply = pmo.get(path);
                assertThat(reply.status()).as(path).isEqualTo(200);
                read.put(site.rolloutId() + path, reply.body());
            }
        }
        return read;
    }

    private static List<String> paths(Site site) {
        String rollout = "/rollouts/" + site.rolloutId();
        return new ArrayList<>(List.of(status(site), rollout + "/earned-value", rollout + "/health",
                "/waves/" + site.waveId() + "/earned-value", "/programs/" + site.programId() + "/earned-value",
                "/portfolio/rollouts/" + site.rolloutId(), "/portfolio?programId=" + site.programId(),
                scorecard(site), "/audit?rolloutId=" + site.rolloutId()));
    }

    /** A site's read models with its ids replaced, so that two sites fed the same stream compare. */
    private static String normalised(HttpJson pmo, Site site) {
        StringBuilder text = new StringBuilder();
        for (String path : paths(site)) {
            if (!path.startsWith("/audit")) { // event ids and times differ from site to site
                text.append(pmo.get(path).body()).append('\n');
            }
        }
        return text.toString().replace(site.rolloutId(), "ROLLOUT").replace(site.waveId(), "WAVE")
                .replace(site.programId(), "PROGRAM");
    }

    private static JsonNode stakeholders(HttpJson pmo, Site site) {
        return pmo.get("/rollouts/" + site.rolloutId() + "/health").json().at("/dimensions/3");
    }

    private static String status(Site site) {
        return "/rollouts/" + site.rolloutId() + "/status";
    }

    private static String scorecard(Site site) {
        return "/readiness/rollouts/" + site.rolloutId();
    }
}
