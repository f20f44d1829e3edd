package org.golive.system;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A project manager re-plans a site in MS Project and replaces its plan through the gateway: the standard plan, then
 * a file of the vendor's twelve steps in its place; tracking's status counts the twelve, and a BI reader sees the
 * replace (in parts, it is large) naming every task that went.
 */
class PlanReplaceSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int STEPS = 12;

    private final HttpJson admin = GoliveStack.gateway();

    @Test
    void aProjectManagerReplacesASitesPlanFromAFileAndTrackingCountsTheNewTasks() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.PLANNING)) {
            String programId = admin.post("/api/planning/programs", Map.of("name", "Replan EHR")).json()
                    .get("id").asString();
            String rolloutId = admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of(
                    "siteName", "Replan Valley Hospital", "siteType", "HOSPITAL",
                    "goLiveDate", GoLiveDates.saturdayWeeksAhead(30).toString(), "projectManager", "pm.lake"))
                    .json().get("id").asString();
            String site = "/api/planning/rollouts/" + rolloutId;
            HttpJson pm = GoliveStack.gatewayAs("pm.lake");
            HttpJson.Reply instantiated = pm.post(site + "/plan", Map.of("templateId", standardTemplateId(pm)));
            assertThat(instantiated.status()).as(instantiated.body()).isEqualTo(201);
            int standardTasks = instantiated.json().get("tasks").size();
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/tracking/rollouts/" + rolloutId
                    + "/status"), r -> r.status() == 200 && taskCount(r.json()) == standardTasks);

            HttpJson.Reply refused = upload(pm, "POST", site + "/plan/import?fileName=vendor.xml");
            assertThat(refused.status()).isEqualTo(409);
            long version = pm.get(site).json().get("version").asLong();
            HttpJson.Reply replaced = upload(pm, "PUT", site + "/plan/import?fileName=vendor.xml&version=" + version);

            assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
            assertThat(replaced.json().get("previousTaskCount").asInt()).isEqualTo(standardTasks);
            assertThat(pm.get(site + "/plan").json().get("tasks").size()).isEqualTo(STEPS);
            JsonNode status = await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/tracking/rollouts/"
                    + rolloutId + "/status"), r -> taskCount(r.json()) == STEPS).json();
            assertThat(status.get("overdueTasks")).isEmpty();

            EventTap.WireEvent event = bi.awaitEvent(e -> rolloutId.equals(e.key())
                    && e.type().equals("org.golive.planning.plan.replaced.v1"));
            assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();
            assertThat(bi.recordsOf(event.id())).as("over %s: in parts, read whole", GoliveStack.PART_SIZE)
                    .isGreaterThan(1);
            JsonNode data = JSON.readTree(event.data());
            assertThat(data.get("previousTaskIds").size()).isEqualTo(standardTasks);
            assertThat(data.get("tasks").size()).isEqualTo(STEPS);
            assertThat(event.attributes()).containsEntry("actor", "pm.lake");
        }
    }

    private static int taskCount(JsonNode status) {
        int count = 0;
        for (JsonNode tasks : status.get("tasksByStatus")) {
            count += tasks.asInt();
        }
        return count;
    }

    private static HttpJson.Reply upload(HttpJson client, String method, String path) {
        return client.send(HttpRequest.newBuilder(client.uri(path)).header("Content-Type", "application/xml")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(vendorFile())));
    }

    /** The vendor's plan as MS Project saves it: twelve steps of two working days, each after the one before. */
    private static byte[] vendorFile() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2027-01-04T08:00:00</StartDate>"
                + "<Tasks>");
        LocalDate day = LocalDate.of(2027, 1, 4);
        for (int uid = 1; uid <= STEPS; uid++) {
            LocalDate finish = nextWorkingDay(day);
            xml.append("<Task><UID>").append(uid).append("</UID><ID>").append(uid).append("</ID><Name>Vendor step ")
                    .append(uid).append("</Name><OutlineLevel>1</OutlineLevel><Start>").append(day)
                    .append("T08:00:00</Start><Finish>").append(finish).append("T17:00:00</Finish>")
                    .append("<Duration>PT16H0M0S</Duration>");
            if (uid > 1) {
                xml.append("<PredecessorLink><PredecessorUID>").append(uid - 1)
                        .append("</PredecessorUID><Type>1</Type></PredecessorLink>");
            }
            xml.append("</Task>");
            day = nextWorkingDay(finish);
        }
        return xml.append("</Tasks></Project>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek().getValue() > 5) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static String standardTemplateId(HttpJson client) {
        for (JsonNode template : client.get("/api/planning/templates").json()) {
            if (template.get("name").asString().equals("Standard EHR site rollout")) {
                return template.get("id").asString();
            }
        }
        throw new AssertionError("The demo's standard template is missing");
    }
}
