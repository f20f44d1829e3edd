package org.golive.system;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.MspdiCalendarFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16's calendar import and status date, through the gateway: the PMO imports the health system's holidays from
 * an MS Project file that holds only a calendar into a site's calendar; the plan's work moves across the holiday,
 * tracking follows it, a BI consumer reads the change; a viewer may not import; the status date the project manager
 * sets is the day tracking's status is taken on.
 */
class SiteCalendarSystemIT {

    private final HttpJson admin = GoliveStack.gateway();

    @Test
    void thePmoImportsACalendarOnlyFileIntoASitesCalendarAndTheStatusDateDrivesTrackingsStatus() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.PLANNING)) {
            String programId = admin.post("/api/planning/programs", Map.of("name", "Contoso EHR calendars")).json()
                    .get("id").asString();
            HttpJson.Reply site = admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of("siteName",
                    "Contoso calendar site", "siteType", "AMBULATORY_CLINIC", "goLiveDate",
                    GoLiveDates.mondayWeeksAhead(30).toString()));
            assertThat(site.status()).as(site.body()).isEqualTo(201);
            String rollout = "/api/planning/rollouts/" + site.json().get("id").asString();
            HttpJson.Reply plan = admin.post(rollout + "/plan", Map.of("templateId", standardTemplateId()));
            assertThat(plan.status()).as(plan.body()).isEqualTo(201);
            JsonNode first = firstDayTask(plan.json());
            LocalDate holiday = LocalDate.parse(first.get("start").asString());

            HttpJson.Reply refused = GoliveStack.gatewayAs("viewer").send(importRequest(GoliveStack.gatewayAs("viewer"),
                    rollout, holiday, version(rollout)));
            HttpJson.Reply imported = admin.send(importRequest(admin, rollout, holiday, version(rollout)));

            assertThat(refused.status()).isEqualTo(403);
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("calendar").get("holidays").toString()).contains(holiday.toString());
            String movedTo = null;
            for (JsonNode move : imported.json().get("moved")) {
                if (move.get("taskId").asString().equals(first.get("id").asString())) {
                    movedTo = move.get("start").asString();
                }
            }
            assertThat(movedTo).as("the first task moved off the holiday").isNotNull().isNotEqualTo(holiday.toString());
            var event = bi.awaitEvent(e -> e.type().equals("org.golive.planning.calendar.changed.v1")
                    && e.data().contains(holiday.toString()));
            assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();

            LocalDate statusDate = LocalDate.parse(movedTo).plusDays(1);
            HttpJson.Reply set = admin.put(rollout + "/plan/status-date", Map.of("statusDate", statusDate.toString(),
                    "version", imported.json().get("version").asLong()));
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            String status = rollout.replace("/api/planning/", "/api/tracking/") + "/status";
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin.get(status).json()
                    .get("statusDate").asString()).as("taken on the plan's status date").isEqualTo(statusDate.toString()));
        }
    }

    private static HttpRequest.Builder importRequest(HttpJson caller, String rollout, LocalDate holiday, long version) {
        return HttpRequest.newBuilder(caller.uri(rollout + "/plan/calendars/Standard/import?version=" + version
                        + "&fileName=holidays.xml")).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(MspdiCalendarFiles.calendarOnly("Health system", "08:00",
                        "17:00", List.of(holiday)), StandardCharsets.UTF_8));
    }

    private long version(String rollout) {
        return admin.get(rollout).json().get("version").asLong();
    }

    private static JsonNode firstDayTask(JsonNode plan) {
        JsonNode first = null;
        for (JsonNode task : plan.get("tasks")) {
            if (task.get("milestone").asBoolean() || !task.get("duration").isNull() || !task.get("calendar").isNull()) {
                continue;
            }
            if (first == null || task.get("start").asString().compareTo(first.get("start").asString()) < 0) {
                first = task;
            }
        }
        return first;
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
