package org.golive.planning;

import io.cloudevents.core.builder.CloudEventBuilder;
import org.golive.contract.Topics;
import org.golive.planning.rollout.MspdiUploads;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A site's plan replaced from a Microsoft Project file through the API: the new plan whole in one step, the rollout
 * and go-live kept, the old baselines gone, stale versions and bad files refused with the old plan intact, and the
 * resources on the old tasks released once, however often the event is delivered.
 */
class PlanReplaceIT extends PlanningServiceHarness {

    private static final String OLD_FILE = MspdiUploads.PROJECTLIBRE;
    private static final String NEW_FILE = MspdiUploads.TASK_LINKS;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    private static byte[] resource(String path) {
        return MspdiUploads.sample(path);
    }

    private HttpJson.Reply upload(String method, String rolloutId, String query, byte[] file) {
        return MspdiUploads.upload(admin, method, rolloutId, query, file);
    }

    private String rolloutWithImportedPlan(String site) {
        String rolloutId = RolloutFixtures.newRollout(admin, site + " program", Map.of("siteName", site,
                "siteType", "LABORATORY", "goLiveDate", GoLiveDates.mondayWeeksAhead(40).toString()));
        var imported = upload("POST", rolloutId, "?fileName=v1.xml", resource(OLD_FILE));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        return rolloutId;
    }

    private JsonNode plan(String rolloutId) {
        return admin.get("/rollouts/" + rolloutId + "/plan").json();
    }

    private static List<String> taskIds(JsonNode plan) {
        List<String> ids = new ArrayList<>();
        plan.get("tasks").forEach(task -> ids.add(task.get("id").asString()));
        return ids;
    }

    private static String firstWorkingTask(JsonNode plan) {
        for (JsonNode task : plan.get("tasks")) {
            if (!task.get("milestone").asBoolean() && task.get("durationDays").asInt() > 0) {
                return task.get("id").asString();
            }
        }
        throw new AssertionError("the plan has no task with working days");
    }

    @Test
    void aReplaceSwapsThePlanWholeKeepsTheSiteAndGoLiveAndDiscardsTheBaselines() {
        String rolloutId = rolloutWithImportedPlan("Replace Labs");
        JsonNode before = plan(rolloutId);
        String started = firstWorkingTask(before);
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan/tasks/" + started + "/progress",
                Map.of("status", "IN_PROGRESS", "revision", 0)).status()).isEqualTo(200);
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan/baselines", Map.of("name", "Approved plan"))
                .status()).isEqualTo(201);
        long version = plan(rolloutId).get("version").asLong();

        var overAPlan = upload("POST", rolloutId, "?fileName=v2.xml", resource(NEW_FILE));
        assertThat(overAPlan.status()).isEqualTo(409);
        assertThat(overAPlan.json().get("detail").asString()).contains("PUT the file to this path with version=" + version,
                before.get("tasks").size() + " tasks", "1 baseline(s)");

        var replaced = upload("PUT", rolloutId, "?fileName=v2.xml&version=" + version, resource(NEW_FILE));

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode answer = replaced.json();
        assertThat(answer.get("previousTaskCount").asInt()).isEqualTo(before.get("tasks").size());
        assertThat(answer.get("discardedBaselines").get(0).asString()).isEqualTo("Approved plan");
        JsonNode after = plan(rolloutId);
        assertThat(after).isEqualTo(answer.get("plan"));
        assertThat(after.get("version").asLong()).isEqualTo(version + 1);
        assertThat(after.get("goLiveDate")).isEqualTo(before.get("goLiveDate"));
        assertThat(after.get("siteName").asString()).isEqualTo("Replace Labs");
        assertThat(after.get("source").get("fileName").asString()).isEqualTo("v2.xml");
        assertThat(after.get("baselines")).isEmpty();
        assertThat(taskIds(after)).isNotEqualTo(taskIds(before)).hasSizeLessThan(before.get("tasks").size());
        assertThat(after.get("tasks").findValuesAsString("status")).containsOnly("NOT_STARTED");

        EventTap.WireEvent event = tap.awaitEvent(e -> rolloutId.equals(e.key())
                && e.type().equals("org.golive.planning.plan.replaced.v1"));
        assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();
        JsonNode data = JSON.readTree(event.data());
        assertThat(data.get("previousTaskIds").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(taskIds(before));
        assertThat(data.get("tasks").valueStream().map(task -> task.get("taskId").asString()).toList())
                .isEqualTo(taskIds(after));
        assertThat(data.get("discardedBaselines").get(0).asString()).isEqualTo("Approved plan");

        var stale = upload("PUT", rolloutId, "?fileName=v3.xml&version=" + version, resource(OLD_FILE));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(plan(rolloutId)).isEqualTo(after);
    }

    @Test
    void aBadFileAMissingVersionOrAPlanOverTheLimitIsRefusedAndTheOldPlanStays() {
        String rolloutId = rolloutWithImportedPlan("Refusing Labs");
        JsonNode before = plan(rolloutId);
        long version = before.get("version").asLong();

        var notMspdi = upload("PUT", rolloutId, "?version=" + version,
                "<plan><task>Build</task></plan>".getBytes(StandardCharsets.UTF_8));
        var noVersion = upload("PUT", rolloutId, "", resource(NEW_FILE));
        var tooLarge = upload("PUT", rolloutId, "?version=" + version, fileOfTasks(10_001));
        var noPlan = upload("PUT", RolloutFixtures.newRollout(admin, "Planless program", Map.of("siteName",
                "Planless Labs", "siteType", "LABORATORY", "goLiveDate", GoLiveDates.mondayWeeksAhead(40)
                        .toString())), "?version=0", resource(NEW_FILE));

        assertThat(notMspdi.status()).as(notMspdi.body()).isEqualTo(422);
        assertThat(notMspdi.json().get("errors").get("file").asString()).contains("Project");
        assertThat(noVersion.status()).as(noVersion.body()).isEqualTo(422);
        assertThat(noVersion.json().get("errors").get("version")).isNotNull();
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("at most 10000 tasks");
        assertThat(noPlan.status()).as(noPlan.body()).isEqualTo(404);
        assertThat(plan(rolloutId)).isEqualTo(before);
    }

    /** A file of {@code count} one-day tasks, each on the working day after the one before. */
    private static byte[] fileOfTasks(int count) {
        StringBuilder xml = new StringBuilder("<Project xmlns=\"http://schemas.microsoft.com/project\">"
                + "<StartDate>2027-01-04T08:00:00</StartDate><Tasks>");
        java.time.LocalDate day = java.time.LocalDate.of(2027, 1, 4);
        for (int uid = 1; uid <= count; uid++) {
            xml.append("<Task><UID>").append(uid).append("</UID><ID>").append(uid).append("</ID><Name>Step ")
                    .append(uid).append("</Name><OutlineLevel>1</OutlineLevel><Start>").append(day)
                    .append("T08:00:00</Start><Finish>").append(day).append("T17:00:00</Finish>")
                    .append("<Duration>PT8H0M0S</Duration>");
            if (uid > 1) {
                xml.append("<PredecessorLink><PredecessorUID>").append(uid - 1)
                        .append("</PredecessorUID><Type>1</Type></PredecessorLink>");
            }
            xml.append("</Task>");
            do {
                day = day.plusDays(1);
            } while (day.getDayOfWeek().getValue() > 5);
        }
        return xml.append("</Tasks></Project>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theOldTasksResourcesAreReleasedOnceAndAssignmentsOnTheNewPlanSurviveARedelivery() {
        String rolloutId = rolloutWithImportedPlan("Staffed Labs");
        String programId = admin.get("/rollouts/" + rolloutId).json().get("programId").asString();
        var dana = admin.post("/programs/" + programId + "/resources", Map.of("kind", "PERSON",
                "name", "Dana Whitfield", "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40));
        assertThat(dana.status()).as(dana.body()).isEqualTo(201);
        String danaId = dana.json().get("id").asString();
        String oldTask = firstWorkingTask(plan(rolloutId));
        // The file's own assignments came with it (revision 1 on the tasks it staffs).
        JsonNode oldTaskResources = admin.get("/rollouts/" + rolloutId + "/plan/tasks/" + oldTask + "/resources").json();
        assign(rolloutId, oldTask, oldTaskResources.get("revision").asInt(), danaId);
        List<String> oldAssigned = admin.get("/rollouts/" + rolloutId + "/resources").json().findValuesAsString(
                "taskId");
        assertThat(oldAssigned).contains(oldTask);
        long version = plan(rolloutId).get("version").asLong();

        assertThat(upload("PUT", rolloutId, "?fileName=v2.xml&version=" + version, resource(NEW_FILE)).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(admin.get("/rollouts/" + rolloutId + "/resources").json()).isEmpty();
            assertThat(demandHours(programId)).as("the released assignment leaves the capacity view").isZero();
        });
        String newTask = firstWorkingTask(plan(rolloutId));
        assign(rolloutId, newTask, 0, danaId);

        EventTap.WireEvent replaced = tap.awaitEvent(e -> rolloutId.equals(e.key())
                && e.type().equals("org.golive.planning.plan.replaced.v1"));
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            events.send(rolloutId, CloudEventBuilder.v1().withId(replaced.id())
                    .withSource(URI.create(replaced.source())).withType(replaced.type())
                    .withDataContentType("application/json").withExtension("sequence", replaced.sequence())
                    .withData(replaced.data().getBytes(StandardCharsets.UTF_8)).build());
        }
        ConsumerLag.awaitCaughtUp("golive-planning", List.of(Topics.PLANNING));
        // A change after the redelivery: once its event is out, any event the redelivery raised is out before it.
        assign(rolloutId, newTask, 1, danaId);
        tap.awaitEvents(e -> rolloutId.equals(e.key())
                && e.type().equals("org.golive.planning.resource.assignments-changed.v1")
                && newTask.equals(JSON.readTree(e.data()).get("taskId").asString())
                && !JSON.readTree(e.data()).get("assignments").isEmpty(), 2);

        JsonNode staffed = admin.get("/rollouts/" + rolloutId + "/resources").json();
        assertThat(staffed.findValuesAsString("taskId")).as("the assignment made on the new plan").containsExactly(
                newTask);
        List<EventTap.WireEvent> releases = tap.seen().stream().filter(e -> rolloutId.equals(e.key())
                && e.type().equals("org.golive.planning.resource.assignments-changed.v1")
                && JSON.readTree(e.data()).get("assignments").isEmpty()).toList();
        assertThat(releases.stream().map(e -> JSON.readTree(e.data()).get("taskId").asString()).toList())
                .as("each old task released once, the redelivery released nothing")
                .containsExactlyInAnyOrderElementsOf(oldAssigned);
    }

    private double demandHours(String programId) {
        double hours = 0;
        for (JsonNode resource : admin.get("/programs/" + programId + "/capacity").json().get("resources")) {
            hours += resource.get("demandHours").valueStream().mapToDouble(JsonNode::asDouble).sum();
        }
        return hours;
    }

    private void assign(String rolloutId, String taskId, int revision, String resourceId) {
        var reply = admin.put("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/resources",
                Map.of("revision", revision, "assignments", List.of(Map.of("resourceId", resourceId, "units", 1))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
}
