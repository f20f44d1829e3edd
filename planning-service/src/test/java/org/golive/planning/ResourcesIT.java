package org.golive.planning;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A program's resource pool, assignments and capacity through the API: two overlapping sites over-allocate the
 * shared trainer, moving one site's go-live resolves it, and every step is a schema-valid event.
 */
class ResourcesIT extends PlanningServiceHarness {

    /** Wave 2's go-live, a Monday; wave 3 goes live a week later. */
    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(26);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    private String program() {
        return admin.post("/programs", Map.of("name", "Resource program " + System.nanoTime())).json().get("id")
                .asString();
    }

    private String rolloutWithPlan(String programId, String site, String goLive, String templateId) {
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", site,
                "siteType", "HOSPITAL", "goLiveDate", goLive)).json().get("id").asString();
        var plan = admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return rolloutId;
    }

    private String template() {
        var created = admin.postRaw("/templates", SitePlanIT.standardTemplate());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, Object> trainer(String name) {
        Map<String, Object> form = new HashMap<>(Map.of("kind", "PERSON", "name", name,
                "role", "CREDENTIALED_TRAINER", "skills", List.of("Inpatient orders"), "homeSite", "Lakeside",
                "hoursPerWeek", 40, "costRates", List.of(Map.of("from", GO_LIVE.minusWeeks(52).toString(),
                        "hourlyRate", "78.50"))));
        form.put("calendar", Map.of("holidays", List.of(GO_LIVE.minusDays(7).toString())));
        form.put("vacations", List.of(Map.of("from", GO_LIVE.plusWeeks(8).toString(),
                "to", GO_LIVE.plusWeeks(8).plusDays(4).toString())));
        return form;
    }

    private JsonNode assign(String rolloutId, String taskId, int revision, Map<String, Object> assignment) {
        var reply = admin.put("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/resources",
                Map.of("revision", revision, "assignments", List.of(assignment)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void theSharedTrainerIsOverAllocatedWhereTwoSitesTrainingOverlapsUntilOneGoLiveMoves() {
        String programId = program();
        String templateId = template();
        String wave2 = rolloutWithPlan(programId, "Wave 2 Hospital", GO_LIVE.toString(), templateId);
        String wave3 = rolloutWithPlan(programId, "Wave 3 Hospital", GO_LIVE.plusWeeks(1).toString(), templateId);
        var added = admin.post("/programs/" + programId + "/resources", trainer("Dana Whitfield"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String dana = added.json().get("id").asString();
        assertThat(added.json().get("currency").asString()).isEqualTo("USD");
        assertThat(added.json().get("version").asLong()).isZero();

        JsonNode first = assign(wave2, "end-user-training", 0, Map.of("resourceId", dana, "units", 1));
        assertThat(first.get("revision").asInt()).isEqualTo(1);
        assertThat(first.get("assignments").get(0).get("name").asString()).isEqualTo("Dana Whitfield");
        assertThat(admin.get("/programs/" + programId + "/capacity?overAllocatedOnly=true").json()
                .get("overAllocations")).isEmpty();
        assign(wave3, "end-user-training", 0, Map.of("resourceId", dana, "units", "0.5"));

        JsonNode capacity = admin.get("/programs/" + programId + "/capacity?role=CREDENTIALED_TRAINER").json();
        JsonNode overAllocations = capacity.get("overAllocations");
        assertThat(overAllocations).isNotEmpty();
        JsonNode firstOver = overAllocations.get(0);
        assertThat(firstOver.get("resourceId").asString()).isEqualTo(dana);
        assertThat(firstOver.get("demandHours").asDouble()).isEqualTo(60.0);
        assertThat(firstOver.get("capacityHours").asDouble()).isEqualTo(40.0);
        assertThat(firstOver.get("tasks").findValuesAsString("rolloutId")).containsExactlyInAnyOrder(wave2, wave3);
        assertThat(capacity.get("resources").get(0).get("capacityHours").size())
                .isEqualTo(capacity.get("weeks").size());
        int overWeeks = overAllocations.size();
        List<EventTap.WireEvent> overEvents = tap.awaitEvents(e -> programId.equals(e.key())
                && e.type().equals("org.golive.planning.resource.over-allocated.v1"), overWeeks);
        assertThat(overEvents).hasSize(overWeeks);
        assertThat(admin.get("/programs/" + programId + "/capacity?role=TRAINER").json().get("resources")).isEmpty();

        // Wave 3's go-live moves four months later: its training no longer overlaps wave 2's (nor Dana's vacation).
        long version = admin.get("/rollouts/" + wave3).json().get("version").asLong();
        var moved = admin.put("/rollouts/" + wave3 + "/go-live", Map.of("goLiveDate", GO_LIVE.plusWeeks(19).toString(),
                "reason", "Trainers shared with wave 2", "version", version));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                admin.get("/programs/" + programId + "/capacity").json().get("overAllocations")).isEmpty());
        tap.awaitEvents(e -> programId.equals(e.key())
                && e.type().equals("org.golive.planning.resource.over-allocation-resolved.v1"), overWeeks);
        assertThat(admin.get("/rollouts/" + wave3 + "/plan/tasks/end-user-training/resources").json()
                .get("start").asString()).startsWith("2027-09");

        List<EventTap.WireEvent> resourceEvents = tap.seen().stream()
                .filter(e -> e.type().startsWith("org.golive.planning.resource.")).toList();
        assertThat(resourceEvents).extracting(EventTap.WireEvent::type).contains(
                "org.golive.planning.resource.added.v1", "org.golive.planning.resource.assignments-changed.v1");
        assertThat(EventTap.schemaViolations(resourceEvents)).isEmpty();
    }

    @Test
    void aPersonsHalfDayLowersTheWeeksCapacityAndASiteShorteningItsFridaysAsksFourHoursEachFriday() {
        String programId = program();
        String rolloutId = rolloutWithPlan(programId, "Short Friday Hospital", GO_LIVE.toString(), template());
        LocalDate trainingStarts = LocalDate.parse(admin.get("/rollouts/" + rolloutId
                + "/plan/tasks/end-user-training").json().get("start").asString());
        // Sam works 36 hours a week, Friday 08:00-12:00, and the Monday of the training's first week a half day.
        LocalDate halfDay = trainingStarts.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        Map<String, Object> sam = new HashMap<>(Map.of("kind", "PERSON", "name", "Sam Okafor",
                "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 36));
        sam.put("calendar", Map.of("weekdayWorkingTimes", Map.of("SUNDAY", "08:00-12:00")));
        var sunday = admin.post("/programs/" + programId + "/resources", sam);
        assertThat(sunday.status()).as(sunday.body()).isEqualTo(422);
        assertThat(sunday.json().get("errors").get("weekdayWorkingTimes").asString()).contains("SUNDAY");
        sam.put("calendar", Map.of("weekdayWorkingTimes", Map.of("FRIDAY", "08:00-12:00"),
                "dateWorkingTimes", Map.of(halfDay.toString(), "08:00-12:00")));
        var added = admin.post("/programs/" + programId + "/resources", sam);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("calendar").get("weekdayWorkingTimes").get("FRIDAY").asString())
                .isEqualTo("08:00-12:00");
        assign(rolloutId, "end-user-training", 0, Map.of("resourceId", added.json().get("id").asString(),
                "units", 1));
        // Sam's capacity: 36 h a week, but 36 x (2,160 - 240) / 2,160 = 32 h in the half day's week.
        JsonNode capacity = admin.get("/programs/" + programId + "/capacity").json();
        String halfDayWeek = org.golive.planning.resource.IsoWeeks.key(halfDay);
        int weeks = capacity.get("weeks").size();
        for (int w = 0; w < weeks; w++) {
            double expected = capacity.get("weeks").get(w).asString().equals(halfDayWeek) ? 32.0 : 36.0;
            assertThat(capacity.get("resources").get(0).get("capacityHours").get(w).asDouble())
                    .as(capacity.get("weeks").get(w).asString()).isEqualTo(expected);
        }
        assertThat(capacity.get("weeks").toString()).contains(halfDayWeek);
        long version = admin.get("/rollouts/" + rolloutId).json().get("version").asLong();

        var set = admin.put("/rollouts/" + rolloutId + "/plan/calendars/Standard",
                Map.of("weekdayWorkingTimes", Map.of("FRIDAY", "08:00-12:00"), "version", version));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        // The training's dates on the new calendar, and what one unit asks on them: 8 h a day, 4 h on a Friday.
        JsonNode calendar = admin.get("/rollouts/" + rolloutId + "/plan/calendars/Standard").json();
        List<String> holidays = new java.util.ArrayList<>();
        calendar.get("holidays").forEach(holiday -> holidays.add(holiday.asString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode training = admin.get("/rollouts/" + rolloutId + "/plan/tasks/end-user-training/resources")
                    .json();
            LocalDate start = LocalDate.parse(training.get("start").asString());
            LocalDate finish = LocalDate.parse(training.get("finish").asString());
            double expected = 0;
            int fridays = 0;
            for (LocalDate day = start; !day.isAfter(finish); day = day.plusDays(1)) {
                boolean worked = day.getDayOfWeek().getValue() <= 5 && !holidays.contains(day.toString())
                        || day.equals(GO_LIVE);
                expected += !worked ? 0 : day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY ? 4 : 8;
                fridays += worked && day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY ? 1 : 0;
            }
            assertThat(fridays).isPositive();
            double asked = 0;
            for (JsonNode hours : admin.get("/programs/" + programId + "/capacity").json().get("resources").get(0)
                    .get("demandHours")) {
                asked += hours.asDouble();
            }
            assertThat(asked).isEqualTo(expected);
        });
    }

    @Test
    void thePoolIsChangedWithTheVersionReadAndARemovedResourceIsGone() {
        String programId = program();
        String path = "/programs/" + programId + "/resources";
        String id = admin.post(path, trainer("Pat Lee")).json().get("id").asString();

        Map<String, Object> revised = trainer("Pat Lee");
        revised.put("hoursPerWeek", "20");
        revised.put("version", 0);
        var changed = admin.put(path + "/" + id, revised);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("hoursPerWeek").asDouble()).isEqualTo(20.0);
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);

        var stale = admin.put(path + "/" + id, revised);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        assertThat(admin.get(path).json().findValuesAsString("id")).containsExactly(id);
        var staleDelete = delete(path + "/" + id + "?version=0");
        assertThat(staleDelete.status()).isEqualTo(409);
        assertThat(delete(path + "/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(admin.get(path).json()).isEmpty();
        assertThat(admin.get(path + "/" + id).status()).isEqualTo(404);

        List<String> types = tap.awaitEvents(e -> programId.equals(e.key())
                && e.type().startsWith("org.golive.planning.resource."), 3).stream()
                .map(EventTap.WireEvent::type).toList();
        assertThat(types).containsExactly("org.golive.planning.resource.added.v1",
                "org.golive.planning.resource.updated.v1", "org.golive.planning.resource.removed.v1");
        assertThat(EventTap.schemaViolations(tap.seen())).isEmpty();
    }

    @Test
    void badPoolInputIsAProblemNeverA500() {
        String programId = program();
        String path = "/programs/" + programId + "/resources";

        Map<String, Object> tooPrecise = trainer("X");
        tooPrecise.put("costRates", List.of(Map.of("from", "2027-01-01", "hourlyRate", "78.505")));
        var rate = admin.post(path, tooPrecise);
        assertThat(rate.status()).isEqualTo(422);
        assertThat(rate.json().toString()).contains("costRates[0].hourlyRate");

        Map<String, Object> twoRatesOneDay = trainer("X");
        twoRatesOneDay.put("costRates", List.of(Map.of("from", "2027-01-01", "hourlyRate", "78"),
                Map.of("from", "2027-01-01", "hourlyRate", "80")));
        assertThat(admin.post(path, twoRatesOneDay).status()).isEqualTo(422);

        Map<String, Object> backwards = trainer("X");
        backwards.put("vacations", List.of(Map.of("from", "2027-08-06", "to", "2027-08-02")));
        assertThat(admin.post(path, backwards).status()).isEqualTo(422);

        Map<String, Object> noHours = trainer("X");
        noHours.put("hoursPerWeek", 0);
        var zero = admin.post(path, noHours);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").has("hoursPerWeek")).isTrue();

        Map<String, Object> overAWeek = trainer("X");
        overAWeek.put("hoursPerWeek", 169);
        assertThat(admin.post(path, overAWeek).status()).isEqualTo(422);
        overAWeek.put("kind", "ROLE");
        assertThat(admin.post(path, overAWeek).status()).as("a team's week").isEqualTo(201);

        Map<String, Object> badRole = trainer("X");
        badRole.put("role", "WIZARD");
        assertThat(admin.post(path, badRole).status()).isEqualTo(400);

        assertThat(admin.post("/programs/no-such-program/resources", trainer("X")).status()).isEqualTo(404);
        assertThat(admin.get("/programs/no-such-program/capacity").status()).isEqualTo(404);
        assertThat(admin.get("/programs/" + programId + "/capacity?from=2027-W60").status()).isEqualTo(400);
        assertThat(admin.get("/programs/" + programId + "/capacity?role=WIZARD").status()).isEqualTo(400);
        assertThat(admin.get("/programs/" + programId + "/capacity?colour=red").status()).isEqualTo(400);
        assertThat(admin.get("/programs/" + programId + "/capacity?from=2027-W10&to=2027-W02").status())
                .isEqualTo(400);
        assertThat(admin.get("/programs/" + programId + "/capacity").status()).isEqualTo(200);
        Map<String, Object> noVersion = trainer("X");
        String id = admin.post(path, trainer("X")).json().get("id").asString();
        assertThat(admin.put(path + "/" + id, noVersion).status()).isEqualTo(422);

        HttpJson viewer = new HttpJson("http://localhost:" + port).as("VIEWER");
        assertThat(viewer.post(path, trainer("X")).status()).isEqualTo(403);
        assertThat(viewer.get(path).status()).isEqualTo(200);
    }

    @Test
    void badAssignmentsAreProblemsNeverA500() {
        String programId = program();
        String templateId = template();
        String rolloutId = rolloutWithPlan(programId, "Bad Input Hospital", GO_LIVE.toString(), templateId);
        String dana = admin.post("/programs/" + programId + "/resources", trainer("Dana")).json().get("id")
                .asString();
        String otherProgramsTrainer = admin.post("/programs/" + program() + "/resources", trainer("Elsewhere"))
                .json().get("id").asString();
        String task = "/rollouts/" + rolloutId + "/plan/tasks/end-user-training/resources";

        assertThat(put(task, 0, Map.of("resourceId", "nobody", "units", 1)).status()).isEqualTo(422);
        assertThat(put(task, 0, Map.of("resourceId", otherProgramsTrainer, "units", 1)).status()).isEqualTo(422);
        var zeroUnits = put(task, 0, Map.of("resourceId", dana, "units", 0));
        assertThat(zeroUnits.status()).isEqualTo(422);
        assertThat(zeroUnits.json().toString()).contains("assignments[0].units");
        assertThat(put(task, 0, Map.of("resourceId", dana, "units", -1)).status()).isEqualTo(422);
        assertThat(put(task, 0, Map.of("resourceId", dana)).status()).isEqualTo(422);
        assertThat(put(task, 0, Map.of("resourceId", dana, "units", 1, "effortHours", 8)).status()).isEqualTo(422);
        var milestoneEffort = put("/rollouts/" + rolloutId + "/plan/tasks/go-live/resources", 0,
                Map.of("resourceId", dana, "effortHours", 16));
        assertThat(milestoneEffort.status()).as(milestoneEffort.body()).isEqualTo(422);
        assertThat(milestoneEffort.json().toString()).contains("assignments[0].effortHours");
        assertThat(put("/rollouts/" + rolloutId + "/plan/tasks/no-such-task/resources", 0,
                Map.of("resourceId", dana, "units", 1)).status()).isEqualTo(404);
        assertThat(put("/rollouts/no-such-rollout/plan/tasks/end-user-training/resources", 0,
                Map.of("resourceId", dana, "units", 1)).status()).isEqualTo(404);
        assertThat(put(task, 0, Map.of("resourceId", dana, "units", "1.234")).status()).isEqualTo(400);

        assertThat(put(task, 0, Map.of("resourceId", dana, "effortHours", 120)).status()).isEqualTo(200);
        var stale = put(task, 0, Map.of("resourceId", dana, "units", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        JsonNode read = admin.get(task).json();
        assertThat(read.get("revision").asInt()).isEqualTo(1);
        assertThat(read.get("assignments").get(0).get("effortHours").asDouble()).isEqualTo(120.0);
        assertThat(admin.get("/rollouts/" + rolloutId + "/resources").json()).hasSize(1);

        HttpJson otherPm = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("pm.elsewhere", "PROJECT_MANAGER"));
        assertThat(otherPm.put(task, Map.of("revision", 1, "assignments", List.of())).status()).isEqualTo(403);
        HttpJson contributor = new HttpJson("http://localhost:" + port).as("CONTRIBUTOR");
        assertThat(contributor.put(task, Map.of("revision", 1, "assignments", List.of())).status()).isEqualTo(403);
        assertThat(put(task, 1, null).status()).isEqualTo(400);
    }

    private HttpJson.Reply put(String path, int revision, Map<String, Object> assignment) {
        Map<String, Object> body = new HashMap<>();
        body.put("revision", revision);
        body.put("assignments", assignment == null ? null : List.of(assignment));
        return admin.put(path, JSON.writeValueAsString(body));
    }

    private HttpJson.Reply delete(String path) {
        return admin.send(HttpRequest.newBuilder(admin.uri(path)).DELETE());
    }
}
