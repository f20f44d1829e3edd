package org.golive.tracking;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A site's status, earned value and health built from planning's and budget's events on Kafka, read over HTTP; the
 * PMO changes the health rules and the site's health follows, published on {@code golive.tracking.events}; bad input
 * is a 4xx problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class StatusHealthIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aSitesStatusEarnedValueAndHealthFollowItsEventsAndThePmosRules() {
        String rolloutId = UUID.randomUUID().toString();
        String programId = UUID.randomUUID().toString();
        String waveId = UUID.randomUUID().toString();
        HttpJson admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        try (EventTap tap = EventTap.onTestInfrastructure(Topics.TRACKING);
             TestEvents events = TestEvents.onTestInfrastructure()) {
            StatusStream.of(rolloutId, programId, waveId)
                    .forEach(source -> source.events().forEach(event -> events.send(rolloutId, event)));

            // Everything arrived: both budgets approved (one changed) and every actual booked, the go-live moved.
            JsonNode status = await().atMost(Duration.ofSeconds(30)).until(
                    () -> admin.get("/rollouts/" + rolloutId + "/status"),
                    r -> r.status() == 200 && r.json().get("goLiveDate").asString().equals("2027-01-16")).json();
            JsonNode value = await().atMost(Duration.ofSeconds(30)).until(
                    () -> admin.get("/rollouts/" + rolloutId + "/earned-value").json(),
                    v -> "250000.00".equals(v.get("bac").asString()) && "100000.00".equals(v.get("ac").asString()));
            JsonNode health = await().atMost(Duration.ofSeconds(30)).until(
                    () -> admin.get("/rollouts/" + rolloutId + "/health"),
                    r -> r.status() == 200 && r.json().get("overall").asString().equals("RED")
                            && r.json().at("/dimensions/1/colour").asString().equals("GREEN")).json();
            assertThat(health.get("cause").asString()).isEqualTo("schedule.spi");
            // The plan seeded the site's readiness scorecard; none of its critical criteria is met, so the score is gated.
            assertThat(health.at("/dimensions/2/colour").asString()).as("readiness: gated score").isEqualTo("RED");
            assertThat(health.at("/dimensions/2/rule").asString()).isEqualTo("readiness.score");

            assertThat(status.get("percentComplete").asDouble()).isEqualTo(50.7);
            assertThat(status.at("/overdueTasks/0/taskId").asString()).isEqualTo("t2");
            assertThat(status.get("baselineName").asString()).isEqualTo("Approved plan");
            assertThat(status.get("nextMilestones").get(0).get("slipDays").asInt()).isEqualTo(5);
            assertThat(value.get("eac").asString()).as("250,000 × 100,000 / 126,666.67…").isEqualTo("197368.42");
            JsonNode program = admin.get("/programs/" + programId + "/earned-value").json();
            assertThat(program.get("rollouts").asInt()).as(program.toString()).isEqualTo(1);
            assertThat(program.get("spi").asString()).as(program + " against " + value).isEqualTo("0.6909");

            // Health changed several times on the way (budgets, actuals and progress arrive in any order): the last
            // change published is the health read.
            EventTap.WireEvent red = tap.awaitEvent(e -> e.key().equals(rolloutId) && HEALTH_CHANGED.equals(e.type())
                    && json(e).get("overall").asString().equals("RED")
                    && json(e).at("/dimensions/0/colour").asString().equals("RED")
                    && json(e).at("/dimensions/1/colour").asString().equals("GREEN"));
            assertThat(json(red).at("/dimensions/0/rule").asString()).isEqualTo("schedule.spi");
            // An event is published when a colour changes, so its figure is the SPI at that moment, which depends on
            // how planning's and budget's events interleaved (0.3636 or 0.6909 were both seen): below the red floor.
            assertThat(new java.math.BigDecimal(json(red).at("/dimensions/0/value").asString()))
                    .isLessThan(new java.math.BigDecimal(json(red).at("/dimensions/0/threshold").asString()));
            assertThat(red.type()).isEqualTo("org.golive.tracking.health.changed.v1");

            JsonNode rules = admin.get("/health-rules").json();
            long version = rules.get("version").asLong();
            try {
                // Lenient on SPI, and readiness out of the picture: the overdue critical tasks decide.
                Map<String, Object> lenient = rules(version, "0.6", "0.5", 0, 0);
                assertThat(admin.put("/health-rules", lenient).status()).isEqualTo(200);
                assertThat(admin.put("/health-rules", lenient).status()).as("a stale version").isEqualTo(409);

                JsonNode amber = admin.get("/rollouts/" + rolloutId + "/health").json();
                assertThat(amber.get("overall").asString()).isEqualTo("AMBER");
                assertThat(amber.get("cause").asString()).isEqualTo("schedule.overdue-critical-tasks");
                EventTap.WireEvent changed = tap.awaitEvent(e -> e.key().equals(rolloutId) && HEALTH_CHANGED.equals(e.type())
                        && json(e).get("overall").asString().equals("AMBER"));
                assertThat(json(changed).get("previousOverall").asString()).isEqualTo("RED");
                assertThat(json(changed).get("cause").asString()).isEqualTo("schedule.overdue-critical-tasks");
                assertThat(EventTap.schemaViolations(List.of(red, changed))).isEmpty();
            } finally {
                long current = admin.get("/health-rules").json().get("version").asLong();
                assertThat(admin.put("/health-rules", rules(current, "0.95", "0.85", 85, 70)).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void badInputIsAProblemResponseNeverAServerError() {
        HttpJson admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        for (String path : List.of("/rollouts/unknown/status", "/rollouts/unknown/earned-value",
                "/rollouts/unknown/health", "/rollouts/unknown/trends", "/waves/unknown/earned-value", "/programs/unknown/earned-value")) {
            HttpJson.Reply reply = admin.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(admin.get("/rollouts/unknown/status?asOf=2027-13-45").status()).isEqualTo(400);

        long version = admin.get("/health-rules").json().get("version").asLong();
        HttpJson.Reply upsideDown = admin.put("/health-rules", rules(version, "0.80", "0.90", 85, 70));
        assertThat(upsideDown.status()).isEqualTo(422);
        assertThat(upsideDown.json().get("errors").has("schedule.spi")).isTrue();
        Map<String, Object> incomplete = Map.of("version", version, "cost", Map.of());
        assertThat(admin.put("/health-rules", incomplete).status()).isEqualTo(400);
        assertThat(admin.put("/health-rules", rules(version, "abc", "0.5", 85, 70)).status()).isEqualTo(400);
        assertThat(new HttpJson("http://localhost:" + port).as("VIEWER")
                .put("/health-rules", rules(version, "0.95", "0.85", 85, 70)).status()).isEqualTo(403);
        assertThat(admin.get("/health-rules").json().get("version").asLong()).as("nothing changed").isEqualTo(version);
    }

    private static Map<String, Object> rules(long version, String spiAmber, String spiRed, int readinessAmber,
                                             int readinessRed) {
        Map<String, Object> floor = Map.of("amberBelow", "0.95", "redBelow", "0.85");
        return Map.of("version", version,
                "schedule", Map.of("spi", Map.of("amberBelow", spiAmber, "redBelow", spiRed),
                        "overdueCriticalTasks", Map.of("amberAtLeast", 1, "redAtLeast", 3)),
                "cost", Map.of("cpi", floor),
                "readiness", Map.of("score", Map.of("amberBelow", readinessAmber, "redBelow", readinessRed)),
                "stakeholders", Map.of("openSevereConflicts", Map.of("amberAtLeast", 1, "redAtLeast", 2),
                        "acknowledgementRate", Map.of("amberBelow", "0.80", "redBelow", "0.60")));
    }

    /** The tracking topic also carries readiness events. */
    private static final String HEALTH_CHANGED = "org.golive.tracking.health.changed.v1";

    private static JsonNode json(EventTap.WireEvent event) {
        return JSON.readTree(event.data());
    }
}
