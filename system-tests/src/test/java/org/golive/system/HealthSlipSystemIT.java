package org.golive.system;

import org.golive.contract.Topics;
import org.golive.contract.tracking.HealthChanged;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A site turns amber when a critical task slips in planning, through the gateway. Health's rules (README, "Health"):
 * schedule is the worse of SPI and overdue critical tasks (amber from the rules' {@code amberAtLeast}, 1 by default),
 * and overall is the worst dimension with data. A site going live in about 100 days, its plan done up to today as
 * planned: readiness does not count yet (outside GL-90), nothing is approved (cost has no data), no conflict or
 * communication (stakeholders have none), so its schedule decides: GREEN. Its project manager then reports that a
 * critical task, recorded done, is not finished after all (the slip): it is overdue on the critical path, and the
 * site turns AMBER naming that rule; the task done again, the site is GREEN again.
 */
class HealthSlipSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PROJECTION = Duration.ofSeconds(90);

    private final HttpJson pmo = GoliveStack.gateway();

    @Test
    void aSiteTurnsAmberWhenACriticalTaskSlipsInPlanningAndGreenWhenItIsDone() {
        JsonNode rules = pmo.get("/api/tracking/health-rules").json();
        int amberAt = rules.at("/rules/schedule/overdueCriticalTasks/amberAtLeast").asInt();
        int redAt = rules.at("/rules/schedule/overdueCriticalTasks/redAtLeast").asInt();
        assertThat(amberAt).as("one overdue critical task is amber by the rules in force").isEqualTo(1);
        assertThat(redAt).isGreaterThan(1);

        String programId = pmo.post("/api/planning/programs", Map.of("name", "Contoso EHR")).json()
                .get("id").asString();
        LocalDate today = LocalDate.now();
        LocalDate goLive = today.plusDays(100).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        String rolloutId = pmo.post("/api/planning/programs/" + programId + "/rollouts", Map.of(
                "siteName", "Contoso Bayview Hospital", "siteType", "HOSPITAL",
                "goLiveDate", goLive.toString(), "projectManager", "pm.lake")).json().get("id").asString();
        String site = "/api/planning/rollouts/" + rolloutId;
        HttpJson manager = GoliveStack.gatewayAs("pm.lake");
        HttpJson.Reply planned = manager.post(site + "/plan", Map.of("templateId", tightTemplateId()));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        recordProgressAsPlanned(manager, site, planned.json().get("tasks"), today);

        JsonNode slipping = task(manager.get(site + "/plan").json(), "design");
        assertThat(slipping.get("status").asString()).isEqualTo("DONE");
        String health = "/api/tracking/rollouts/" + rolloutId + "/health";
        await().atMost(PROJECTION).until(() -> pmo.get(health),
                r -> r.status() == 200 && r.json().get("overall").asString().equals("GREEN"));

        try (EventTap bi = EventTap.onTestInfrastructure(Topics.TRACKING)) {
            // The slip: the task is not finished after all (95 %), though its scheduled finish has passed.
            HttpJson.Reply slipped = manager.post(site + "/plan/tasks/" + slipping.get("id").asString() + "/progress",
                    Map.of("status", "IN_PROGRESS", "percentComplete", 95,
                            "revision", slipping.get("revision").asInt()));
            assertThat(slipped.status()).as(slipped.body()).isEqualTo(200);
            // Not done, design is on the critical path again (a task done is critical no more) and overdue.
            assertThat(task(manager.get(site + "/plan").json(), "design").get("critical").asBoolean()).isTrue();

            JsonNode amber = await().atMost(PROJECTION).until(() -> pmo.get(health).json(),
                    h -> h.get("overall").asString().equals("AMBER"));
            assertThat(amber.get("cause").asString()).isEqualTo("schedule.overdue-critical-tasks");
            JsonNode schedule = dimension(amber, "SCHEDULE");
            assertThat(schedule.get("colour").asString()).isEqualTo("AMBER");
            assertThat(schedule.get("rule").asString()).isEqualTo("schedule.overdue-critical-tasks");
            JsonNode status = pmo.get("/api/tracking/rollouts/" + rolloutId + "/status").json();
            assertThat(status.get("overdueCriticalTasks").asInt()).isEqualTo(1);
            assertThat(status.get("overdueTasks").findValuesAsString("taskId"))
                    .as("the status names the task that slipped").contains(slipping.get("id").asString());
            JsonNode row = pmo.get("/api/tracking/portfolio/rollouts/" + rolloutId).json();
            assertThat(row.toString()).as("the portfolio shows it").contains("\"AMBER\"");

            // The tap reads the topic from its start: the change from GREEN is the slip's (the set-up never left GREEN).
            EventTap.WireEvent changed = bi.awaitEvent(e -> healthChange(e, rolloutId, "GREEN", "AMBER"));
            assertThat(JSON.readTree(changed.data()).get("cause").asString())
                    .isEqualTo("schedule.overdue-critical-tasks");
            assertThat(EventTap.schemaViolations(List.of(changed))).isEmpty();

            // Undone: the task finished on its scheduled day after all.
            JsonNode reopened = manager.get(site + "/plan/tasks/" + slipping.get("id").asString()).json();
            HttpJson.Reply done = manager.post(site + "/plan/tasks/" + slipping.get("id").asString() + "/progress",
                    Map.of("status", "DONE", "actualFinish", slipping.get("finish").asString(),
                            "revision", reopened.get("revision").asInt()));
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            await().atMost(PROJECTION).until(() -> pmo.get(health).json(),
                    h -> h.get("overall").asString().equals("GREEN"));
            bi.awaitEvent(e -> healthChange(e, rolloutId, "AMBER", "GREEN") && e.sequence() > changed.sequence());
        }
    }

    /**
     * As a project manager keeps a plan on track: done what lies in the past, under way what spans today, a little
     * ahead of the calendar (two weeks' worth), so that SPI is at or above 1 whatever the rounding.
     */
    private static void recordProgressAsPlanned(HttpJson manager, String site, JsonNode tasks, LocalDate today) {
        for (JsonNode task : tasks) {
            LocalDate start = LocalDate.parse(task.get("start").asString());
            LocalDate finish = LocalDate.parse(task.get("finish").asString());
            if (!start.isBefore(today)) {
                continue;
            }
            Map<String, Object> progress = new LinkedHashMap<>();
            progress.put("actualStart", start.toString());
            progress.put("revision", task.get("revision").asInt());
            if (finish.isBefore(today)) {
                progress.put("status", "DONE");
                progress.put("actualFinish", finish.toString());
            } else {
                long span = ChronoUnit.DAYS.between(start, finish) + 1;
                progress.put("status", "IN_PROGRESS");
                progress.put("percentComplete", (int) Math.min(95,
                        100 * (ChronoUnit.DAYS.between(start, today) + 14) / span));
            }
            HttpJson.Reply recorded = manager.post(site + "/plan/tasks/" + task.get("id").asString() + "/progress",
                    progress);
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        }
    }

    private static boolean healthChange(EventTap.WireEvent event, String rolloutId, String from, String to) {
        if (!event.type().equals(HealthChanged.TYPE) || !event.key().equals(rolloutId)) {
            return false;
        }
        JsonNode data = JSON.readTree(event.data());
        return data.get("previousOverall").asString().equals(from) && data.get("overall").asString().equals(to);
    }

    private static JsonNode task(JsonNode plan, String id) {
        return StreamSupport.stream(plan.get("tasks").spliterator(), false)
                .filter(t -> t.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("No task " + id + " in " + plan));
    }

    private static JsonNode dimension(JsonNode health, String name) {
        for (JsonNode dimension : health.get("dimensions")) {
            if (dimension.get("dimension").asString().equals(name)) {
                return dimension;
            }
        }
        throw new AssertionError("No " + name + " in " + health);
    }

    /**
     * A plan whose critical path runs through the past: kickoff at GL-140 (before today, the site going live in
     * about 100 days), design for 10 working days, then a build of 100 working days, longer than what is left before
     * go-live, so the chain design, build, go-live has no float: design, unfinished, is critical.
     */
    private String tightTemplateId() {
        List<Map<String, Object>> accountable = List.of(Map.of("party", "Site Project Manager", "role",
                "ACCOUNTABLE"));
        Map<String, Object> template = Map.of(
                "name", "Contoso tight plan " + java.util.UUID.randomUUID(),
                "description", "A plan whose critical path started in the past",
                "siteTypes", List.of(), "publish", true,
                "content", Map.of(
                        "phases", List.of(Map.of("key", "build", "name", "Build"),
                                Map.of("key", "go-live", "name", "Go-live")),
                        "tasks", List.of(
                                Map.of("id", "kickoff", "wbs", "1.1", "phase", "build", "title", "Kickoff",
                                        "goLiveOffsetDays", -140, "durationDays", 0, "dependencies", List.of(),
                                        "effortHours", 0, "raci", accountable),
                                Map.of("id", "design", "wbs", "1.2", "phase", "build", "title", "Design",
                                        "durationDays", 10, "dependencies", List.of(after("kickoff")),
                                        "effortHours", 80, "raci", accountable),
                                Map.of("id", "build", "wbs", "1.3", "phase", "build", "title", "Build",
                                        "durationDays", 100, "dependencies", List.of(after("design")),
                                        "effortHours", 800, "raci", accountable),
                                Map.of("id", "go-live", "wbs", "2.1", "phase", "go-live", "title", "Go-live",
                                        "goLiveOffsetDays", 0, "durationDays", 0,
                                        "dependencies", List.of(after("build")), "effortHours", 0,
                                        "raci", accountable))));
        HttpJson.Reply created = pmo.post("/api/planning/templates", template);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, Object> after(String taskId) {
        return Map.of("taskId", taskId, "type", "FS", "lagDays", 0);
    }
}
