package org.golive.system;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17's levelling, through the gateway: the PMO loads the pool, two overlapping waves over-allocate the shared
 * trainer, the preview lists the move, applying it removes the over-allocation and moves no go-live; a BI consumer
 * of golive.planning.events sees the run and the over-allocation come and go as schema-valid events.
 */
class LevellingSystemIT {

    private final HttpJson admin = GoliveStack.gateway();

    @Test
    void thePmoLevelsTwoOverlappingWavesWithoutMovingAGoLive() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.PLANNING)) {
            String programs = "/api/planning/programs";
            String programId = admin.post(programs, Map.of("name", "Contoso EHR levelling")).json()
                    .get("id").asString();
            HttpJson.Reply pooled = admin.post(programs + "/" + programId + "/resources", Map.of("kind", "PERSON",
                    "name", "Dana Whitfield", "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40));
            assertThat(pooled.status()).as(pooled.body()).isEqualTo(201);
            String dana = pooled.json().get("id").asString();
            String templateId = standardTemplateId();
            // Training in the same week 20 weeks from now: wave 1's site all week, wave 2's Wednesday to Friday.
            LocalDate monday = LocalDate.now().plusWeeks(20).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            List<String> sites = new ArrayList<>();
            List<String> tasks = new ArrayList<>();
            for (int wave = 1; wave <= 2; wave++) {
                String waveId = admin.post(programs + "/" + programId + "/waves", Map.of("name", "Wave " + wave))
                        .json().get("id").asString();
                HttpJson.Reply site = admin.post(programs + "/" + programId + "/rollouts", Map.of("siteName",
                        "Contoso site " + wave, "siteType", "HOSPITAL", "waveId", waveId, "goLiveDate",
                        monday.plusWeeks(8 + wave).toString()));
                assertThat(site.status()).as(site.body()).isEqualTo(201);
                String rolloutId = site.json().get("id").asString();
                assertThat(admin.post("/api/planning/rollouts/" + rolloutId + "/plan",
                        Map.of("templateId", templateId)).status()).isEqualTo(201);
                HttpJson.Reply task = admin.post("/api/planning/rollouts/" + rolloutId + "/plan/tasks",
                        Map.of("title", "Credentialed trainer session", "startNoEarlierThan",
                                monday.plusDays(wave == 1 ? 0 : 2).toString(), "durationDays", wave == 1 ? 5 : 3));
                assertThat(task.status()).as(task.body()).isEqualTo(201);
                String taskId = task.json().get("task").get("id").asString();
                HttpJson.Reply assigned = admin.put("/api/planning/rollouts/" + rolloutId + "/plan/tasks/" + taskId
                        + "/resources", Map.of("revision", 0, "assignments", List.of(Map.of("resourceId", dana,
                        "units", wave == 1 ? "1" : "0.5"))));
                assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
                sites.add(rolloutId);
                tasks.add(taskId);
            }
            String capacity = programs + "/" + programId + "/capacity?overAllocatedOnly=true";
            JsonNode over = await().atMost(Duration.ofSeconds(60)).until(() -> admin.get(capacity).json()
                    .get("overAllocations"), o -> !o.isEmpty());
            assertThat(over.findValuesAsString("rolloutId")).containsExactlyInAnyOrderElementsOf(sites);
            List<String> goLives = sites.stream().map(s -> admin.get("/api/planning/rollouts/" + s).json()
                    .get("goLiveDate").asString()).toList();

            JsonNode preview = admin.get(programs + "/" + programId + "/levelling/preview").json();
            assertThat(preview.get("moves")).hasSize(1);
            assertThat(preview.get("moves").get(0).get("rolloutId").asString()).isEqualTo(sites.get(1));
            String toStart = preview.get("moves").get(0).get("toStart").asString();
            assertThat(LocalDate.parse(toStart)).isAfter(LocalDate.parse(preview.get("moves").get(0)
                    .get("fromStart").asString()));
            assertThat(preview.get("goLiveChanges")).isEmpty();
            assertThat(preview.get("remaining")).isEmpty();
            HttpJson.Reply applied = admin.post(programs + "/" + programId + "/levelling",
                    Map.of("fingerprint", preview.get("fingerprint").asString()));
            assertThat(applied.status()).as(applied.body()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin.get(capacity).json()
                    .get("overAllocations")).isEmpty());
            assertThat(admin.get("/api/planning/rollouts/" + sites.get(1) + "/plan/tasks/" + tasks.get(1)).json()
                    .get("start").asString()).isEqualTo(toStart);
            assertThat(sites.stream().map(s -> admin.get("/api/planning/rollouts/" + s).json()
                    .get("goLiveDate").asString()).toList()).as("no go-live moved").isEqualTo(goLives);
            List<EventTap.WireEvent> events = bi.awaitEvents(e -> programId.equals(e.key())
                    && e.type().startsWith("org.golive.planning.resource.") && !e.type().endsWith(".added.v1")
                    && !e.type().endsWith("assignments-changed.v1"), 4);
            assertThat(events).extracting(EventTap.WireEvent::type).contains(
                    "org.golive.planning.resource.over-allocated.v1",
                    "org.golive.planning.resource.levelling-started.v1",
                    "org.golive.planning.resource.levelling-applied.v1",
                    "org.golive.planning.resource.over-allocation-resolved.v1");
            assertThat(EventTap.schemaViolations(events)).isEmpty();
        }
    }

    private String standardTemplateId() {
        for (JsonNode template : admin.get("/api/planning/templates").json()) {
            if (template.get("name").asString().equals("Standard EHR site rollout")) {
                return template.get("id").asString();
            }
        }
        throw new AssertionError("The demo's standard template is missing");
    }
}
