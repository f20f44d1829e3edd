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
 * Issue 17's what-if, through the gateway: two overlapping waves over-allocate the shared trainer; the PMO moves wave
 * 2 four weeks later in a scenario and sees the over-allocation disappear and the labour cost move while the plans
 * stay; promoting it moves wave 2's go-live, and the real capacity view loses the over-allocation. A BI consumer
 * sees the scenario's events, schema-valid.
 */
class ScenarioSystemIT {

    private final HttpJson admin = GoliveStack.gateway();

    @Test
    void thePmoMovesAWaveOnPaperSeesTheEffectsAndPromotesIt() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.PLANNING)) {
            String programs = "/api/planning/programs";
            String programId = admin.post(programs, Map.of("name", "Contoso EHR what-if")).json()
                    .get("id").asString();
            HttpJson.Reply pooled = admin.post(programs + "/" + programId + "/resources", Map.of("kind", "PERSON",
                    "name", "Dana Whitfield", "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40,
                    "costRates", List.of(Map.of("from", "2026-01-01", "hourlyRate", "80.00"))));
            assertThat(pooled.status()).as(pooled.body()).isEqualTo(201);
            String dana = pooled.json().get("id").asString();
            String templateId = standardTemplateId();
            LocalDate monday = LocalDate.now().plusWeeks(20).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            List<String> waves = new ArrayList<>();
            List<String> sites = new ArrayList<>();
            for (int wave = 1; wave <= 2; wave++) {
                waves.add(admin.post(programs + "/" + programId + "/waves", Map.of("name", "Wave " + wave))
                        .json().get("id").asString());
                HttpJson.Reply site = admin.post(programs + "/" + programId + "/rollouts", Map.of("siteName",
                        "Contoso site " + wave, "siteType", "HOSPITAL", "waveId", waves.get(wave - 1), "goLiveDate",
                        monday.plusWeeks(8 + wave).toString()));
                assertThat(site.status()).as(site.body()).isEqualTo(201);
                String rolloutId = site.json().get("id").asString();
                assertThat(admin.post("/api/planning/rollouts/" + rolloutId + "/plan",
                        Map.of("templateId", templateId)).status()).isEqualTo(201);
                HttpJson.Reply task = admin.post("/api/planning/rollouts/" + rolloutId + "/plan/tasks",
                        Map.of("title", "Credentialed trainer session", "startNoEarlierThan",
                                monday.plusDays(wave == 1 ? 0 : 2).toString(), "durationDays", wave == 1 ? 5 : 3));
                assertThat(task.status()).as(task.body()).isEqualTo(201);
                HttpJson.Reply assigned = admin.put("/api/planning/rollouts/" + rolloutId + "/plan/tasks/"
                        + task.json().get("task").get("id").asString() + "/resources", Map.of("revision", 0,
                        "assignments", List.of(Map.of("resourceId", dana, "units", wave == 1 ? "1" : "0.5"))));
                assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
                sites.add(rolloutId);
            }
            String capacity = programs + "/" + programId + "/capacity?overAllocatedOnly=true";
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.get(capacity).json().get("overAllocations"),
                    o -> !o.isEmpty());
            String wave2GoLive = admin.get("/api/planning/rollouts/" + sites.get(1)).json().get("goLiveDate")
                    .asString();

            HttpJson.Reply created = admin.post(programs + "/" + programId + "/scenarios", Map.of(
                    "name", "Wave 2 four weeks later",
                    "moves", List.of(Map.of("waveId", waves.get(1), "shiftDays", 28))));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode effects = created.json().get("effects");
            assertThat(effects.get("disappearing").findValuesAsString("resourceName")).containsExactly("Dana Whitfield");
            assertThat(effects.get("appearing")).isEmpty();
            assertThat(effects.get("labourCost").get(0).get("plan").decimalValue()).isEqualByComparingTo("960.00");
            assertThat(admin.get(capacity).json().get("overAllocations")).as("the plans untouched").isNotEmpty();
            assertThat(admin.get("/api/planning/rollouts/" + sites.get(1)).json().get("goLiveDate").asString())
                    .isEqualTo(wave2GoLive);
            String scenarioId = created.json().get("id").asString();
            assertThat(GoliveStack.gateway().get(programs + "/" + programId + "/scenarios").json()
                    .findValuesAsString("id")).containsExactly(scenarioId);

            HttpJson.Reply promoted = admin.post(programs + "/" + programId + "/scenarios/" + scenarioId
                    + "/promote", Map.of());

            assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
            assertThat(admin.get("/api/planning/rollouts/" + sites.get(1)).json().get("goLiveDate").asString())
                    .isEqualTo(LocalDate.parse(wave2GoLive).plusDays(28).toString());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin.get(capacity).json()
                    .get("overAllocations")).isEmpty());
            List<EventTap.WireEvent> events = bi.awaitEvents(e -> programId.equals(e.key())
                    && e.type().startsWith("org.golive.planning.scenario."), 3);
            assertThat(events).extracting(EventTap.WireEvent::type).containsExactly(
                    "org.golive.planning.scenario.created.v1",
                    "org.golive.planning.scenario.promotion-started.v1",
                    "org.golive.planning.scenario.promoted.v1");
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
