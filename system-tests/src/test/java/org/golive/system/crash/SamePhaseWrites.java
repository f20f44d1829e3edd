package org.golive.system.crash;

import org.golive.contract.Topics;
import org.golive.testsupport.HttpJson;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same writes, made once while two instances of every service run and once while one does, each on a program of
 * its own: two hospitals with the standard plan, progress on three tasks each, two stakeholders and two conflicts
 * already past their due date (for the stakeholder service's escalation check, a scheduled job in every instance).
 * {@link #readModels} and {@link #eventTypes} describe the outcome without ids, so that the two runs compare equal.
 */
final class SamePhaseWrites {

    private static final int SITES = 2;
    private static final int TASKS_PROGRESSED = 3;

    final String programId;
    final List<String> rolloutIds = new ArrayList<>();
    final List<String> conflictIds = new ArrayList<>();
    final Set<String> keys = new HashSet<>();

    private SamePhaseWrites(String programId) {
        this.programId = programId;
        keys.add(programId);
    }

    static SamePhaseWrites make(HttpJson gateway, String templateId, String label) {
        SamePhaseWrites writes = new SamePhaseWrites(created(gateway.post("/api/planning/programs",
                Map.of("name", "Instances " + label))));
        String waveId = created(gateway.post("/api/planning/programs/" + writes.programId + "/waves",
                Map.of("name", "Wave 1")));
        LocalDate goLive = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(30);
        for (int site = 1; site <= SITES; site++) {
            String rolloutId = created(gateway.post("/api/planning/programs/" + writes.programId + "/rollouts", Map.of(
                    "siteName", "Site " + site, "siteType", "HOSPITAL", "goLiveDate", goLive.toString(),
                    "waveId", waveId, "beds", 100 * site, "users", 500 * site)));
            writes.rolloutIds.add(rolloutId);
            writes.keys.add(rolloutId);
            HttpJson.Reply plan = gateway.post("/api/planning/rollouts/" + rolloutId + "/plan",
                    Map.of("templateId", templateId));
            assertThat(plan.status()).as(plan.body()).isEqualTo(201);
            List<JsonNode> tasks = StreamSupport.stream(plan.json().get("tasks").spliterator(), false)
                    .filter(task -> !task.get("milestone").asBoolean()).limit(TASKS_PROGRESSED).toList();
            for (JsonNode task : tasks) {
                String path = "/api/planning/rollouts/" + rolloutId + "/plan/tasks/" + task.get("id").asString();
                HttpJson.Reply progress = gateway.post(path + "/progress", Map.of("status", "IN_PROGRESS",
                        "percentComplete", 50, "actualStart", LocalDate.now().toString(),
                        "revision", gateway.get(path).json().get("revision").asInt()));
                assertThat(progress.status()).as(progress.body()).isEqualTo(200);
            }
        }
        String lead = writes.rolloutIds.get(0);
        // Stakeholder learns of the rollout from planning's events: its first write may come before.
        String champion = await("stakeholder knows the rollout").atMost(Duration.ofMinutes(1)).until(() ->
                gateway.post("/api/stakeholders", person("Dana Champion " + label, "CLINICAL", lead)),
                r -> r.status() == 201).json().get("id").asString();
        String sponsor = created(gateway.post("/api/stakeholders", person("Lee Sponsor " + label, "EXECUTIVE", lead)));
        writes.keys.add(champion);
        writes.keys.add(sponsor);
        for (String title : List.of("Order sets", "Downtime procedures")) {
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("rolloutId", lead);
            conflict.put("title", title);
            conflict.put("kind", "CLINICAL_TECHNICAL_WORKFLOW");
            conflict.put("severity", "HIGH");
            conflict.put("owner", "pm.north");
            conflict.put("partyIds", List.of(champion, sponsor));
            conflict.put("decisionMakerRole", "CLINICAL_LEAD");
            conflict.put("dueDate", LocalDate.now().minusDays(1).toString());
            String id = created(gateway.post("/api/stakeholders/conflicts", conflict));
            writes.conflictIds.add(id);
            // The second is raised once the first has escalated: when the second escalates too, every instance's
            // check has run at least once since the first escalation, and none may have escalated it again.
            await("conflict " + title + " escalated").atMost(Duration.ofMinutes(1)).until(() ->
                    gateway.get("/api/stakeholders/conflicts/" + id).json().get("level").asString(),
                    "PROJECT_MANAGER"::equals);
        }
        return writes;
    }

    /** The portfolio's rows for the program without ids, the conflicts' levels; once every consumer has caught up. */
    Map<String, Object> readModels(HttpJson gateway) {
        return await("the read models of " + programId).atMost(Duration.ofMinutes(2)).until(() -> {
            Map<String, Object> models = new TreeMap<>();
            JsonNode rows = gateway.get("/api/tracking/portfolio?programId=" + programId).json().get("rollouts");
            for (JsonNode row : rows) {
                models.put(row.get("siteName").asString(), List.of(row.get("siteType").asString(),
                        row.get("goLiveDate").asString(), row.get("goLiveMoves").asInt(), String.valueOf(row.get("phase")),
                        String.valueOf(row.get("health")), String.valueOf(row.get("percentComplete")),
                        String.valueOf(row.get("readinessScore")), String.valueOf(row.get("openConflicts")),
                        row.get("budgets") == null ? 0 : row.get("budgets").size()));
            }
            for (String id : conflictIds) {
                JsonNode conflict = gateway.get("/api/stakeholders/conflicts/" + id).json();
                models.put("conflict " + conflict.get("title").asString(), conflict.get("level").asString() + " "
                        + conflict.get("status").asString());
            }
            return models;
        }, models -> models.size() == SITES + conflictIds.size()
                && models.get("Site 1") instanceof List<?> lead && lead.get(7).equals("2")
                && models.values().stream().noneMatch(v -> v instanceof List<?> row && row.get(8).equals(0))
                // every site's plan and progress shown (planning's topic may be read later than budget's)
                && models.values().stream().noneMatch(v -> v instanceof List<?> row
                        && (row.get(3).equals("null") || row.get(5).equals("0.0"))));
    }

    /**
     * How many events of each type planning, stakeholder and budget published about this program, its rollouts and its
     * people. (Tracking's own events are left out: how often a site's health changes on the way depends on the order
     * in which the topics' events arrive, with one instance as with two.)
     */
    Map<String, Long> eventTypes(List<PublishedEvents.Event> events) {
        Map<String, Long> types = new TreeMap<>();
        events.stream().filter(e -> keys.contains(e.key()) && !e.topic().equals(Topics.TRACKING))
                .forEach(e -> types.merge(e.type(), 1L, Long::sum));
        return types;
    }

    private static Map<String, Object> person(String name, String roleGroup, String rolloutId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase().replaceAll("[^a-z]+", ".") + "@instances.example");
        body.put("roleGroup", roleGroup);
        body.put("influence", "HIGH");
        body.put("interest", "HIGH");
        body.put("rolloutIds", List.of(rolloutId));
        return body;
    }

    static String created(HttpJson.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }
}
