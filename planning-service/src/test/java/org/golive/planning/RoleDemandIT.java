package org.golive.planning;

import org.golive.contract.Topics;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.DeadLetters;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard template's role demand through the API: a site plan made from it has its demand assigned to the
 * program pool's generic roles in the same request, so capacity shows it at once; roles the pool lacks are left out.
 */
class RoleDemandIT extends PlanningServiceHarness {

    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(30);
    private static final String ASSIGNMENTS_CHANGED = "org.golive.planning.resource.assignments-changed.v1";

    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    private static final String DEAD_LETTERS = "golive.planning.dlt";

    private String program() {
        return admin.post("/programs", Map.of("name", "Demand program " + System.nanoTime())).json().get("id")
                .asString();
    }

    private String role(String programId, String name, String role, int hoursPerWeek) {
        Map<String, Object> form = new HashMap<>(Map.of("kind", "ROLE", "name", name, "role", role,
                "hoursPerWeek", hoursPerWeek));
        var added = admin.post("/programs/" + programId + "/resources", form);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    private String standardTemplate() {
        var created = admin.postRaw("/templates", SitePlanIT.standardTemplate());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode resources(String rolloutId, String taskId) {
        return admin.get("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/resources").json();
    }

    @Test
    void aPlanMadeFromTheTemplateHasItsRoleDemandAssignedAtOnce() {
        String programId = program();
        String trainers = role(programId, "Credentialed trainers", "CREDENTIALED_TRAINER", 200);
        String superUsers = role(programId, "Super-users", "SUPER_USER", 400);
        String templateId = standardTemplate();
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Demand Hospital",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString())).json().get("id").asString();

        var plan = admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);

        // Read right after the answer, no waiting: the request assigned them.
        JsonNode training = resources(rolloutId, "end-user-training");
        assertThat(training.get("revision").asInt()).isEqualTo(1);
        assertThat(training.get("assignments")).hasSize(1);
        assertThat(training.get("assignments").get(0).get("resourceId").asString()).isEqualTo(trainers);
        assertThat(training.get("assignments").get(0).get("units").decimalValue()).isEqualByComparingTo("2");
        JsonNode superUserTraining = resources(rolloutId, "super-user-training");
        assertThat(superUserTraining.get("assignments").findValuesAsString("resourceId"))
                .containsExactlyInAnyOrder(trainers, superUsers);
        assertThat(resources(rolloutId, "build-orders").get("assignments")).as("no analysts in this pool")
                .isEmpty();

        // 2 trainers x 8 h x 15 days of end-user training + 1 x 8 h x 10 days of super-user training.
        JsonNode capacity = admin.get("/programs/" + programId + "/capacity?role=CREDENTIALED_TRAINER").json();
        double demand = 0;
        for (JsonNode week : capacity.get("resources").get(0).get("demandHours")) {
            demand += week.asDouble();
        }
        assertThat(demand).isEqualTo(320.0);

        // One event per task assigned, as when a person assigns it: the six tasks asking for these two roles.
        List<String> assigned = List.of("integrated-test-1", "integrated-test-2", "super-user-training",
                "end-user-training", "dress-rehearsal", "at-the-elbow");
        List<EventTap.WireEvent> events = tap.awaitEvents(e -> rolloutId.equals(e.key())
                && e.type().equals(ASSIGNMENTS_CHANGED), assigned.size());
        assertThat(events).extracting(e -> read(e.data()).get("taskId").asString())
                .containsExactlyInAnyOrderElementsOf(assigned);
        assertThat(EventTap.schemaViolations(events)).isEmpty();

        // Asking again for the same plan changes nothing, and assigns nothing twice.
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(200);
        assertThat(resources(rolloutId, "end-user-training").get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void aPoolWithoutTheRolesGetsNoAssignments() {
        String programId = program();
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Empty Pool Clinic",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString())).json().get("id").asString();

        var plan = admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", standardTemplate()));

        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        assertThat(admin.get("/rollouts/" + rolloutId + "/resources").json()).isEmpty();
    }

    @Test
    void badDemandOnATemplateIsAProblem() {
        Map<String, Object> task = new HashMap<>(Map.of("id", "train", "title", "Train", "durationDays", 5));
        task.put("demand", List.of(Map.of("role", "TRAINER", "units", 1, "effortHours", 8)));
        var both = admin.post("/templates", template("Bad demand", task));
        assertThat(both.status()).as(both.body()).isEqualTo(422);
        task.put("demand", List.of(Map.of("role", "WIZARD", "units", 1)));
        assertThat(admin.post("/templates", template("Bad role", task))
                .status()).isEqualTo(400);
        task.put("demand", List.of(Map.of("role", "TRAINER", "units", 0)));
        assertThat(admin.post("/templates", template("No units", task))
                .status()).isEqualTo(400);
        task.put("durationDays", 0);
        task.put("demand", List.of(Map.of("role", "TRAINER", "effortHours", 8)));
        var onMilestone = admin.post("/templates", template("Milestone", task));
        assertThat(onMilestone.status()).as(onMilestone.body()).isEqualTo(422);
        assertThat(onMilestone.body()).contains("tasks[0].demand[0].effortHours");
    }

    /**
     * The event's catch-up reads the rollout; one this planning does not hold (its database restored from before it)
     * cannot appear by retrying, and each retry makes the consumer fetch again every record behind it: the event is
     * passed over, not dead-lettered.
     */
    @Test
    void aPlanInstantiatedEventOfARolloutPlanningDoesNotHoldIsPassedOver() {
        String rolloutId = UUID.randomUUID().toString();
        // Every earlier record handled first: whatever lands on the dead-letter topic from here on is this event's.
        ConsumerLag.awaitCaughtUp("golive-planning", List.of(Topics.PLANNING));
        long deadLettersBefore = DeadLetters.on(DEAD_LETTERS);
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            events.send(rolloutId, TestEvents.event(new PlanInstantiated(rolloutId, UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), "A template elsewhere", 1, GO_LIVE, GO_LIVE.minusDays(90), GO_LIVE,
                    List.of(), List.of(), Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
        }

        // A dead letter is published before the offset past its record is committed.
        ConsumerLag.awaitCaughtUp("golive-planning", List.of(Topics.PLANNING));
        assertThat(DeadLetters.on(DEAD_LETTERS)).isEqualTo(deadLettersBefore);
    }

    private static Map<String, Object> template(String name, Map<String, Object> task) {
        return Map.of("name", name, "publish", false, "content", Map.of("tasks", List.of(task)));
    }

    private static JsonNode read(String json) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
    }
}
