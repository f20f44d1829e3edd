package org.golive.planning;

import org.golive.contract.Topics;
import org.golive.contract.planning.ResourceAssignmentsChanged;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Effort-driven tasks through the API, as MS Project schedules them: assigning resources with units sets the duration
 * to work / (units x 8 hours a day); changing the units or the work recomputes it; a fixed-duration task keeps its own.
 */
class EffortDrivenIT extends PlanningServiceHarness {

    /** A Monday. */
    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private String person(String programId, String name) {
        var added = admin.post("/programs/" + programId + "/resources", Map.of("kind", "PERSON", "name", name,
                "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    private JsonNode assign(String rolloutId, String taskId, int revision, List<Map<String, Object>> assignments) {
        var reply = admin.put("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/resources",
                Map.of("revision", revision, "assignments", assignments));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode task(String rolloutId, String taskId) {
        return admin.get("/rollouts/" + rolloutId + "/plan/tasks/" + taskId).json();
    }

    /** A site on the standard plan with two trainers in its pool and a 160-hour effort-driven task of 10 days. */
    private record EffortSite(String rolloutId, String taskId, String dana, String omar, Map<String, Object> form) {
    }

    private EffortSite effortSite(String siteName) {
        String programId = admin.post("/programs", Map.of("name", "Effort program " + System.nanoTime())).json()
                .get("id").asString();
        String dana = person(programId, "Dana Whitfield");
        String omar = person(programId, "Omar Haddad");
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", siteName,
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString())).json().get("id").asString();
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(201);
        Map<String, Object> form = new HashMap<>(Map.of("title", "Physician training", "durationDays", 10,
                "effortHours", 160, "effortDriven", true,
                "startNoEarlierThan", GO_LIVE.minusWeeks(6).toString()));
        var added = admin.post("/rollouts/" + rolloutId + "/plan/tasks", form);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("task").get("effortDriven").asBoolean()).isTrue();
        return new EffortSite(rolloutId, added.json().get("task").get("id").asString(), dana, omar, form);
    }

    @Test
    void unitsAndWorkSetTheDurationOfAnEffortDrivenTaskOnly() {
        EffortSite site = effortSite("Effort Hospital");
        String rolloutId = site.rolloutId();
        String taskId = site.taskId();
        String dana = site.dana();
        String omar = site.omar();
        Map<String, Object> form = site.form();

        // Two full-time trainers on 160 hours: 10 days (the planner's 10 days happen to agree).
        JsonNode two = assign(rolloutId, taskId, 0, List.of(Map.of("resourceId", dana, "units", 1),
                Map.of("resourceId", omar, "units", 1)));
        assertThat(task(rolloutId, taskId).get("durationDays").asInt()).isEqualTo(10);
        assertThat(task(rolloutId, taskId).get("units").decimalValue()).isEqualByComparingTo("2");
        LocalDate start = LocalDate.parse(two.get("start").asString());
        assertThat(LocalDate.parse(two.get("finish").asString())).isEqualTo(start.plusDays(11)); // two weeks, Mon-Fri

        // Omar leaves the task: Dana alone needs 20 days; the assignment's dates follow in the same answer.
        JsonNode one = assign(rolloutId, taskId, 1, List.of(Map.of("resourceId", dana, "units", 1)));
        JsonNode alone = task(rolloutId, taskId);
        assertThat(alone.get("durationDays").asInt()).isEqualTo(20);
        assertThat(LocalDate.parse(alone.get("finish").asString())).isEqualTo(start.plusDays(25));
        assertThat(one.get("finish").asString()).isEqualTo(alone.get("finish").asString());
        tap.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().equals("org.golive.planning.task.updated.v1")
                && JSON.readTree(e.data()).get("task").get("durationDays").asInt() == 20
                && taskId.equals(JSON.readTree(e.data()).get("task").get("taskId").asString()));

        // Half the work: 80 hours for one trainer, 10 days again.
        form.put("effortHours", 80);
        form.put("revision", alone.get("revision").asInt());
        var lessWork = admin.put("/rollouts/" + rolloutId + "/plan/tasks/" + taskId, form);
        assertThat(lessWork.status()).as(lessWork.body()).isEqualTo(200);
        assertThat(lessWork.json().get("task").get("durationDays").asInt()).isEqualTo(10);
        assertThat(lessWork.json().get("task").get("units").decimalValue()).as("kept from the assignments")
                .isEqualByComparingTo("1");

        // A fixed-duration task keeps its 15 days whoever is assigned.
        assign(rolloutId, "end-user-training", 0, List.of(Map.of("resourceId", dana, "units", "0.5")));
        assertThat(task(rolloutId, "end-user-training").get("durationDays").asInt()).isEqualTo(15);
        assertThat(task(rolloutId, "end-user-training").get("effortDriven").asBoolean()).isFalse();
    }

    /**
     * The request sets the units at once; planning's own listener sees the assignment events later and only catches
     * up after a crash. Held back until both changes are done, it must not set the first change's units back (the
     * duration would flip, the task's revision move, and the user's next edit meet a 409).
     */
    @Test
    void aLateAssignmentEventDoesNotSetEarlierUnitsBack() {
        EffortSite site = effortSite("Late Event Clinic");
        String rolloutId = site.rolloutId();
        String taskId = site.taskId();
        MessageListenerContainer planDates = listeners.getListenerContainer("planning-resource-dates");

        planDates.stop();
        int revision;
        try {
            assign(rolloutId, taskId, 0, List.of(Map.of("resourceId", site.dana(), "units", 1),
                    Map.of("resourceId", site.omar(), "units", 1)));
            assign(rolloutId, taskId, 1, List.of(Map.of("resourceId", site.dana(), "units", 1)));
            revision = task(rolloutId, taskId).get("revision").asInt();
            tap.awaitEvents(e -> rolloutId.equals(e.key()) && e.type().equals(ResourceAssignmentsChanged.TYPE), 2);
        } finally {
            planDates.start();
        }
        ConsumerLag.awaitCaughtUp("golive-planning", List.of(Topics.PLANNING));

        JsonNode task = task(rolloutId, taskId);
        assertThat(task.get("durationDays").asInt()).isEqualTo(20);
        assertThat(task.get("revision").asInt()).as("no change after the request's own").isEqualTo(revision);
    }

    @Test
    void anEffortDrivenTaskWithoutWorkIsAProblem() {
        String programId = admin.post("/programs", Map.of("name", "Effort program " + System.nanoTime())).json()
                .get("id").asString();
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "No Work Clinic",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString())).json().get("id").asString();
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));

        var noWork = admin.post("/rollouts/" + rolloutId + "/plan/tasks", Map.of("title", "Training",
                "durationDays", 5, "effortDriven", true));

        assertThat(noWork.status()).as(noWork.body()).isEqualTo(422);
        assertThat(noWork.body()).contains("effortHours");
    }
}
