package org.golive.planning;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
class PlanningServiceIT {

    /** A go-live some months ahead, inside the window planning accepts for a new rollout whenever this runs. */
    private static final String GO_LIVE = GoLiveDates.saturdayWeeksAhead(20).toString();

    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    @LocalServerPort
    int port;
    HttpJson http;

    @BeforeEach
    void client() {
        http = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
    }

    @Test
    void creatingAProgramAWaveAndARolloutPublishesSchemaValidCloudEventsInOrder() {
        String programId = http.post("/programs", Map.of("name", "Northwind EHR", "sponsor", "CMIO"))
                .json().get("id").asString();
        var wave = http.post("/programs/" + programId + "/waves", Map.of("name", "Wave 1"));
        assertThat(wave.status()).isEqualTo(201);
        String waveId = wave.json().get("id").asString();

        var created = http.post("/programs/" + programId + "/rollouts", Map.of(
                "siteName", "Northwind General", "siteType", "HOSPITAL", "goLiveDate", GO_LIVE,
                "waveId", waveId, "beds", 420, "users", 3100));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/rollouts/");
        String rolloutId = created.json().get("id").asString();

        EventTap.WireEvent rolloutCreated = tap.awaitEvent(e -> rolloutId.equals(e.key()));
        assertThat(rolloutCreated.type()).isEqualTo("org.golive.planning.rollout.created.v1");
        assertThat(rolloutCreated.attributes()).containsEntry("specversion", "1.0")
                .containsEntry("source", "/planning/rollouts/" + rolloutId)
                .containsEntry("subject", rolloutId)
                .containsEntry("sequence", "1")
                .containsKeys("id", "time", "dataschema");
        JsonNode data = tap.awaitEvent(e -> rolloutId.equals(e.key())) == null ? null
                : tools.jackson.databind.json.JsonMapper.builder().build().readTree(rolloutCreated.data());
        assertThat(data.get("programName").asString()).isEqualTo("Northwind EHR");
        assertThat(data.get("waveName").asString()).isEqualTo("Wave 1");
        assertThat(data.get("goLiveDate").asString()).isEqualTo(GO_LIVE);

        var programEvents = tap.awaitEvents(e -> programId.equals(e.key()), 2);
        assertThat(programEvents).extracting(EventTap.WireEvent::type).containsExactly(
                "org.golive.planning.program.created.v1", "org.golive.planning.wave.created.v1");
        assertThat(programEvents).extracting(EventTap.WireEvent::sequence).containsExactly(1L, 2L);
        assertThat(EventTap.schemaViolations(tap.seen())).isEmpty();

        JsonNode read = http.get("/rollouts/" + rolloutId).json();
        assertThat(read.get("siteName").asString()).isEqualTo("Northwind General");
        assertThat(http.get("/programs/" + programId + "/rollouts").json().size()).isEqualTo(1);
    }

    /** A template of thousands of tasks is over the 1 MB every other path keeps: its paths take bulk bodies. */
    @Test
    void aTemplateOfTenThousandTasksIsTakenWhereOtherBodiesOfItsSizeAreRefused() {
        List<Map<String, Object>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            tasks.add(Map.of("id", "task-" + i, "durationDays", 2, "goLiveOffsetDays", -100,
                    "title", "Workflow validation session " + i + " with the super users of the site"));
        }
        String body = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                Map.of("name", "Large vendor methodology", "publish", false, "content", Map.of("tasks", tasks)));
        assertThat(body.length()).isGreaterThan(1024 * 1024);

        var created = http.postRaw("/templates", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String templateId = created.json().get("id").asString();
        assertThat(http.get("/templates/" + templateId + "/versions/1").json().get("tasks").size())
                .isEqualTo(10_000);

        var elsewhere = http.postRaw("/programs", body);
        assertThat(elsewhere.status()).isEqualTo(413);
        assertThat(elsewhere.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badInputGetsProblemResponsesNeverA500() {
        String programId = http.post("/programs", Map.of("name", "Bad input program")).json().get("id").asString();
        String rollouts = "/programs/" + programId + "/rollouts";

        var missing = http.post(rollouts, Map.of("siteName", "X"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").has("siteType")).isTrue();
        assertThat(missing.json().get("errors").has("goLiveDate")).isTrue();

        var wrongType = http.post(rollouts, Map.of("siteName", "X", "siteType", "SPACESHIP", "goLiveDate", GO_LIVE));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get("siteType").asString()).contains("HOSPITAL", "LABORATORY");

        var badDate = http.post(rollouts, Map.of("siteName", "X", "siteType", "HOSPITAL", "goLiveDate", "2027-02-30"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").has("goLiveDate")).isTrue();

        var malformed = http.postRaw(rollouts, "{\"siteName\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        var unknownProgram = http.post("/programs/no-such-program/rollouts",
                Map.of("siteName", "X", "siteType", "HOSPITAL", "goLiveDate", GO_LIVE));
        assertThat(unknownProgram.status()).isEqualTo(404);
        assertThat(http.get("/rollouts/no-such-rollout").status()).isEqualTo(404);

        var unknownWave = http.post(rollouts,
                Map.of("siteName", "X", "siteType", "HOSPITAL", "goLiveDate", GO_LIVE, "waveId", "nope"));
        assertThat(unknownWave.status()).isEqualTo(422);
        assertThat(unknownWave.json().get("errors").has("waveId")).isTrue();

        var huge = http.postRaw("/programs", "{\"name\": \"" + "x".repeat(2_000_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);

        var negativeBeds = http.post(rollouts,
                Map.of("siteName", "X", "siteType", "HOSPITAL", "goLiveDate", GO_LIVE, "beds", -3));
        assertThat(negativeBeds.status()).isEqualTo(400);
        assertThat(negativeBeds.json().get("errors").has("beds")).isTrue();

        assertThat(http.get(rollouts).json().size()).as("nothing was half-written").isZero();
    }

    @Test
    void aProjectManagerSeesTheRolloutsTheyManageOnly() {
        String programId = http.post("/programs", Map.of("name", "Scoped program")).json().get("id").asString();
        String north = http.post("/programs/" + programId + "/rollouts", Map.of("siteName", "North",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE, "projectManager", "pm.north")).json().get("id")
                .asString();
        String lake = http.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Lake",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE, "projectManager", "pm.lake")).json().get("id")
                .asString();

        HttpJson pmNorth = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        JsonNode listed = pmNorth.get("/programs/" + programId + "/rollouts").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(north);
        assertThat(listed.get(0).get("projectManager").asString()).isEqualTo("pm.north");
        assertThat(pmNorth.get("/rollouts/" + lake).status()).as("guessing an id").isEqualTo(403);
        assertThat(pmNorth.post("/programs/" + programId + "/waves", Map.of("name", "PM wave")).status())
                .as("project managers do not shape the program").isEqualTo(403);

        EventTap.WireEvent created = tap.awaitEvent(e -> north.equals(e.key()));
        assertThat(created.data()).contains("\"projectManager\":\"pm.north\"");
    }

    @Test
    void theTraceOfTheRequestTravelsWithItsEvents() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpJson.Reply created = http.send(java.net.http.HttpRequest.newBuilder(http.uri("/programs"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .header("X-Request-Id", "req-trace-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Traced program\"}")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).as("a service called directly names the request too").isNotBlank();
        String programId = created.json().get("id").asString();

        EventTap.WireEvent event = tap.awaitEvent(e -> programId.equals(e.key()));
        assertThat(event.attributes().get("traceparent")).as("ce_traceparent").startsWith("00-" + traceId + "-");
        assertThat(event.attributes()).as("who and in which request, for the audit trail")
                .containsEntry("actor", "user-pmo_admin").containsEntry("requestid", "req-trace-1");
    }

    @Test
    void healthReadinessMetricsAndApiDocsAreServed() {
        assertThat(http.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus").body()).contains("golive_outbox_published");
        assertThat(http.get("/v3/api-docs").json().get("paths").has("/programs/{programId}/rollouts")).isTrue();
    }

    @Test
    void programsCarryStrategicGoalsAndEveryChangeToAProgramAWaveOrARolloutIsPublished() {
        var created = http.post("/programs", Map.of("name", "Goals program", "sponsor", "CMIO", "goals", List.of(
                Map.of("category", "CLINICAL", "statement", "Fewer medication errors",
                        "kpi", "Errors per 1,000 doses", "baselineValue", 4.2, "targetValue", 1.5),
                Map.of("id", "g-bill", "category", "FINANCIAL", "statement", "Bill sooner"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode program = created.json();
        String programId = program.get("id").asString();
        String clinicalGoal = program.get("goals").get(0).get("id").asString();
        String waveId = http.post("/programs/" + programId + "/waves", Map.of("name", "Wave 1")).json()
                .get("id").asString();

        var unknownGoal = http.post("/programs/" + programId + "/rollouts", Map.of("siteName", "X",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE, "goalIds", List.of("g-nope")));
        assertThat(unknownGoal.status()).isEqualTo(422);
        assertThat(unknownGoal.json().get("errors").has("goalIds[0]")).isTrue();

        String rolloutId = http.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Bayview",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE, "projectManager", "pm.north",
                "goalIds", List.of(clinicalGoal))).json().get("id").asString();

        long programVersion = http.get("/programs/" + programId).json().get("version").asLong();
        var revised = http.put("/programs/" + programId, Map.of("name", "Goals program", "sponsor", "CNO",
                "goals", List.of(Map.of("id", clinicalGoal, "category", "CLINICAL",
                        "statement", "Fewer medication errors", "targetValue", 1.0)), "version", programVersion));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("goals").get(0).get("id").asString()).isEqualTo(clinicalGoal);
        var stale = http.put("/programs/" + programId, Map.of("name", "Lost update", "version", programVersion));
        assertThat(stale.status()).isEqualTo(409);
        var renamed = http.put("/programs/" + programId + "/waves/" + waveId, Map.of("name", "Pilot wave",
                "version", programVersion + 1));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Pilot wave");

        long rolloutVersion = http.get("/rollouts/" + rolloutId).json().get("version").asLong();
        var handedOver = http.put("/rollouts/" + rolloutId, Map.of("siteName", "Bayview Medical Center",
                "siteType", "HOSPITAL", "waveId", waveId, "projectManager", "pm.lake",
                "goalIds", List.of(clinicalGoal), "version", rolloutVersion));
        assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(200);
        assertThat(handedOver.json().get("projectManager").asString()).isEqualTo("pm.lake");

        var rolloutEvents = tap.awaitEvents(e -> rolloutId.equals(e.key()), 2);
        assertThat(rolloutEvents).extracting(EventTap.WireEvent::type).containsExactly(
                "org.golive.planning.rollout.created.v1", "org.golive.planning.rollout.updated.v1");
        JsonNode updated = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(rolloutEvents.get(1).data());
        assertThat(updated.get("previousProjectManager").asString()).isEqualTo("pm.north");
        assertThat(updated.get("waveName").asString()).isEqualTo("Pilot wave");
        var programEvents = tap.awaitEvents(e -> programId.equals(e.key()), 4);
        assertThat(programEvents).extracting(EventTap.WireEvent::type).containsExactly(
                "org.golive.planning.program.created.v1", "org.golive.planning.wave.created.v1",
                "org.golive.planning.program.updated.v1", "org.golive.planning.wave.updated.v1");
        assertThat(EventTap.schemaViolations(rolloutEvents)).isEmpty();
        assertThat(EventTap.schemaViolations(programEvents)).isEmpty();
    }
}
