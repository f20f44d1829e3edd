package org.golive.system;

import org.golive.contract.Topics;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.HttpJson;
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
 * A program whose two waves over-allocate its one credentialed trainer (80.00 an hour), set up through the gateway:
 * 20 weeks from now wave 1's site trains all week with her, wave 2's site half-time Wednesday to Friday; each site
 * on the demo's standard plan, going live 9 and 10 weeks after that Monday. Returns once the capacity view shows
 * the over-allocation.
 */
record TwoOverlappingWaves(String programId, List<String> waves, List<String> sites, List<String> tasks) {

    static final String PROGRAMS = "/api/planning/programs";

    static TwoOverlappingWaves create(HttpJson admin, String name) {
        return create(admin, name, false);
    }

    /** As {@link #create}, but each session must start on its Monday (no float: levelling within float moves none). */
    static TwoOverlappingWaves createFixed(HttpJson admin, String name) {
        return create(admin, name, true);
    }

    private static TwoOverlappingWaves create(HttpJson admin, String name, boolean fixed) {
        String programId = admin.post(PROGRAMS, Map.of("name", name)).json().get("id").asString();
        HttpJson.Reply pooled = admin.post(PROGRAMS + "/" + programId + "/resources", Map.of("kind", "PERSON",
                "name", "Dana Whitfield", "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40,
                "costRates", List.of(Map.of("from", "2026-01-01", "hourlyRate", "80.00"))));
        assertThat(pooled.status()).as(pooled.body()).isEqualTo(201);
        String dana = pooled.json().get("id").asString();
        String templateId = standardTemplateId(admin);
        LocalDate monday = LocalDate.now().plusWeeks(20).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<String> waves = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (int wave = 1; wave <= 2; wave++) {
            waves.add(admin.post(PROGRAMS + "/" + programId + "/waves", Map.of("name", "Wave " + wave))
                    .json().get("id").asString());
            HttpJson.Reply site = admin.post(PROGRAMS + "/" + programId + "/rollouts", Map.of("siteName",
                    "Contoso site " + wave, "siteType", "HOSPITAL", "waveId", waves.get(wave - 1), "goLiveDate",
                    monday.plusWeeks(8 + wave).toString()));
            assertThat(site.status()).as(site.body()).isEqualTo(201);
            String rolloutId = site.json().get("id").asString();
            assertThat(admin.post("/api/planning/rollouts/" + rolloutId + "/plan",
                    Map.of("templateId", templateId)).status()).isEqualTo(201);
            String sessionStart = monday.plusDays(wave == 1 ? 0 : 2).toString();
            HttpJson.Reply task = admin.post("/api/planning/rollouts/" + rolloutId + "/plan/tasks", fixed
                    ? Map.of("title", "Credentialed trainer session", "constraintType", "MSO", "constraintDate",
                    sessionStart, "durationDays", wave == 1 ? 5 : 3)
                    : Map.of("title", "Credentialed trainer session", "startNoEarlierThan", sessionStart,
                    "durationDays", wave == 1 ? 5 : 3));
            assertThat(task.status()).as(task.body()).isEqualTo(201);
            String taskId = task.json().get("task").get("id").asString();
            HttpJson.Reply assigned = admin.put("/api/planning/rollouts/" + rolloutId + "/plan/tasks/" + taskId
                    + "/resources", Map.of("revision", 0, "assignments", List.of(Map.of("resourceId", dana,
                    "units", wave == 1 ? "1" : "0.5"))));
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
            sites.add(rolloutId);
            tasks.add(taskId);
        }
        TwoOverlappingWaves program = new TwoOverlappingWaves(programId, waves, sites, tasks);
        await().atMost(Duration.ofSeconds(60)).until(() -> program.overAllocations(admin), o -> !o.isEmpty());
        // Planning's own resources listener may still be applying the set-up's assignment events; a scenario or a
        // levelling preview computed meanwhile is stale at once (its promote or apply answers 409, as designed).
        ConsumerLag.awaitCaughtUp("golive-planning", List.of(Topics.PLANNING));
        return program;
    }

    /** The capacity view's over-allocations now. */
    JsonNode overAllocations(HttpJson admin) {
        return admin.get(PROGRAMS + "/" + programId + "/capacity?overAllocatedOnly=true").json()
                .get("overAllocations");
    }

    String goLive(HttpJson admin, int site) {
        return admin.get("/api/planning/rollouts/" + sites.get(site)).json().get("goLiveDate").asString();
    }

    private static String standardTemplateId(HttpJson admin) {
        for (JsonNode template : admin.get("/api/planning/templates").json()) {
            if (template.get("name").asString().equals("Standard EHR site rollout")) {
                return template.get("id").asString();
            }
        }
        throw new AssertionError("The demo's standard template is missing");
    }
}
