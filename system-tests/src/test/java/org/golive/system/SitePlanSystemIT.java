package org.golive.system;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The site plan as its users live it, through the gateway: a project manager signed in through the web client
 * instantiates the standard plan for a new site, moves its go-live by two weeks, sets a baseline, slips a task and
 * reads the variance; a BI consumer of golive.planning.events sees every change as a schema-valid event naming them.
 */
class SitePlanSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpJson admin = GoliveStack.gateway();

    @Test
    void aProjectManagerPlansASiteMovesItsGoLiveBaselinesAndSlipsAndTheBiSideSeesItAll() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.PLANNING)) {
            String programId = admin.post("/api/planning/programs", Map.of("name", "Fabrikam EHR")).json()
                    .get("id").asString();
            LocalDate goLive = LocalDate.now().plusWeeks(30).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
            String rolloutId = admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of(
                    "siteName", "Fabrikam Lakeshore Hospital", "siteType", "HOSPITAL",
                    "goLiveDate", goLive.toString(), "projectManager", "pm.lake")).json().get("id").asString();
            String site = "/api/planning/rollouts/" + rolloutId;

            HttpJson pm = GoliveStack.gatewayAs("pm.lake");
            String templateId = standardTemplateId(pm);
            HttpJson.Reply instantiated = pm.post(site + "/plan", Map.of("templateId", templateId));
            assertThat(instantiated.status()).as(instantiated.body()).isEqualTo(201);
            assertThat(instantiated.header("Location")).as("followed through the gateway").isEqualTo(site + "/plan");
            assertThat(pm.get(instantiated.header("Location")).status()).isEqualTo(200);
            assertThat(task(instantiated.json(), "go-live").get("start").asString()).isEqualTo(goLive.toString());

            long version = pm.get(site).json().get("version").asLong();
            HttpJson.Reply moved = pm.put(site + "/go-live", Map.of("goLiveDate", goLive.plusWeeks(2).toString(),
                    "reason", "Waiting for the new lab analyzers", "version", version));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            assertThat(moved.json().get("moved").size()).isGreaterThan(30);
            assertThat(moved.json().get("criticalPath").toString()).contains("go-live");
            JsonNode plan = pm.get(site + "/plan").json();
            assertThat(task(plan, "go-live").get("start").asString()).isEqualTo(goLive.plusWeeks(2).toString());
            // Budget and tracking follow the move: its event, larger than the stack's part size, came in parts.
            String movedGoLive = goLive.plusWeeks(2).toString();
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/tracking/portfolio/rollouts/" + rolloutId),
                    r -> r.status() == 200 && movedGoLive.equals(r.json().get("goLiveDate").asString()));
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/budgets/rollouts/" + rolloutId),
                    r -> r.status() == 200 && r.json().get("budgets").values().stream()
                            .allMatch(budget -> movedGoLive.equals(budget.get("goLiveDate").asString())));

            assertThat(pm.post(site + "/plan/baselines", Map.of("name", "Approved")).status()).isEqualTo(201);

            JsonNode testing = task(plan, "integrated-test-2");
            Map<String, Object> slip = new LinkedHashMap<>();
            testing.properties().forEach(field -> slip.put(field.getKey(), field.getValue()));
            slip.put("durationDays", testing.get("durationDays").asInt() + 15);
            HttpJson.Reply slipped = pm.put(site + "/plan/tasks/integrated-test-2", slip);
            assertThat(slipped.status()).as(slipped.body()).isEqualTo(200);

            JsonNode variance = pm.get(site + "/plan/variance?baseline=Approved").json();
            assertThat(row(variance, "integrated-test-2").get("finishVarianceDays").asInt()).isPositive();
            assertThat(row(variance, "testing-signoff").get("finishVarianceDays").asInt()).isPositive();

            assertTestPhaseListedPageByPage(pm, site, plan);

            bi.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().endsWith(".milestone.slipped.v1")
                    && JSON.readTree(e.data()).get("taskId").asString().equals("testing-signoff"));
            List<EventTap.WireEvent> events = bi.seen().stream().filter(e -> rolloutId.equals(e.key())).toList();
            assertThat(events).extracting(EventTap.WireEvent::type).contains(
                    "org.golive.planning.rollout.created.v1",
                    "org.golive.planning.plan.instantiated.v1",
                    "org.golive.planning.go-live.rescheduled.v1",
                    "org.golive.planning.baseline.set.v1",
                    "org.golive.planning.task.updated.v1",
                    "org.golive.planning.milestone.slipped.v1");
            assertThat(EventTap.schemaViolations(events)).isEmpty();
            assertThat(events.stream().filter(e -> e.type().endsWith(".plan.instantiated.v1")
                    || e.type().endsWith(".go-live.rescheduled.v1")))
                    .as("over %s: published in parts, read whole", GoliveStack.PART_SIZE)
                    .hasSize(2).allSatisfy(e -> assertThat(bi.recordsOf(e.id())).isGreaterThan(1));
            assertThat(events.stream().filter(e -> !e.type().endsWith(".rollout.created.v1")))
                    .allSatisfy(e -> assertThat(e.attributes()).containsEntry("actor", "pm.lake"));
        }
    }

    @Test
    void aProjectManagerCannotTouchAnotherSitesPlan() {
        String programId = admin.post("/api/planning/programs", Map.of("name", "Fabrikam North")).json()
                .get("id").asString();
        String rolloutId = admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of(
                "siteName", "Fabrikam North Clinic", "siteType", "AMBULATORY_CLINIC",
                "goLiveDate", LocalDate.now().plusWeeks(30).toString(), "projectManager", "pm.north")).json()
                .get("id").asString();
        HttpJson lake = GoliveStack.gatewayAs("pm.lake");

        HttpJson.Reply refused = lake.post("/api/planning/rollouts/" + rolloutId + "/plan",
                Map.of("templateId", standardTemplateId(lake)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("/problems/not-yours");
        assertThat(admin.get("/api/planning/rollouts/" + rolloutId + "/plan").status()).isEqualTo(404);
    }

    /** A UI pages through the test phase's tasks, latest finish first, following the answer's own links. */
    private static void assertTestPhaseListedPageByPage(HttpJson pm, String site, JsonNode plan) {
        List<String> expected = new ArrayList<>();
        plan.get("tasks").forEach(t -> {
            if (t.get("phase").asString().equals("test")) {
                expected.add(t.get("id").asString());
            }
        });
        List<String> listed = new ArrayList<>();
        List<String> finishes = new ArrayList<>();
        String query = "?phase=test&sort=finish,desc&size=3";
        while (query != null) {
            HttpJson.Reply page = pm.get(site + "/plan/tasks" + query);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().get("total").asInt()).isEqualTo(expected.size());
            page.json().get("tasks").forEach(t -> {
                listed.add(t.get("id").asString());
                finishes.add(t.get("finish").asString());
            });
            JsonNode next = page.json().get("links").get("next");
            query = next.isNull() || listed.size() > expected.size() ? null : next.asString();
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(finishes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        HttpJson.Reply refused = pm.get(site + "/plan/tasks?status=FINISHED");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").has("status")).isTrue();
    }

    private static String standardTemplateId(HttpJson client) {
        for (JsonNode template : client.get("/api/planning/templates").json()) {
            if (template.get("name").asString().equals("Standard EHR site rollout")) {
                return template.get("id").asString();
            }
        }
        throw new AssertionError("The demo's standard template is missing");
    }

    private static JsonNode task(JsonNode plan, String id) {
        return row(plan.get("tasks"), id, "id");
    }

    private static JsonNode row(JsonNode rows, String taskId) {
        return row(rows, taskId, "taskId");
    }

    private static JsonNode row(JsonNode rows, String id, String field) {
        List<String> seen = new ArrayList<>();
        for (JsonNode row : rows) {
            if (row.get(field).asString().equals(id)) {
                return row;
            }
            seen.add(row.get(field).asString());
        }
        throw new AssertionError("No " + id + " among " + seen);
    }
}
