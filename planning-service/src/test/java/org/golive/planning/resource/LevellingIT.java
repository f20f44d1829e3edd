package org.golive.planning.resource;

import org.golive.contract.Topics;
import org.golive.planning.rollout.TaskDelays;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

/**
 * Levelling through the API: two sites' overlapping training over-allocates the shared trainer; the preview delays
 * the later go-live's task inside its float, applying it moves that task through the plan (its event), the
 * over-allocation goes, no go-live moves; a stale preview is 409; a run stopped midway resumes without writing
 * anything twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"golive.resources.levelling.stalled-after=PT0S", "golive.resources.levelling.sweep-every=PT1H"})
@Import(GoliveTestInfrastructure.class)
// A spy makes a context of its own: closed after the class, while the JVM's one broker still runs (closed at exit,
// after the broker, each such context's consumers wait out their timeouts and the fork overstays Surefire's 30 s).
@DirtiesContext
class LevellingIT {

    private static final String STARTED = "org.golive.planning.resource.levelling-started.v1";
    private static final String APPLIED = "org.golive.planning.resource.levelling-applied.v1";
    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    @LocalServerPort
    int port;
    HttpJson admin;
    @MockitoSpyBean
    TaskDelays plans;
    @Autowired
    LevellingRuns runs;

    @BeforeEach
    void adminClient() {
        admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        reset(plans);
    }

    /** A program, a trainer, and one training task on each site, Monday-Friday of 2 Aug 2027 and later. */
    private record Program(String id, String dana, List<String> rollouts, List<String> tasks) {
    }

    private Program program(int sites) {
        String programId = admin.post("/programs", Map.of("name", "Levelling " + System.nanoTime())).json()
                .get("id").asString();
        String templateId = TrainingSites.template(admin);
        Map<String, Object> form = new HashMap<>(Map.of("kind", "PERSON", "name", "Dana Whitfield",
                "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40));
        var added = admin.post("/programs/" + programId + "/resources", form);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String dana = added.json().get("id").asString();
        List<String> rollouts = new java.util.ArrayList<>();
        List<String> tasks = new java.util.ArrayList<>();
        for (int s = 0; s < sites; s++) {
            // The first site trains all week; the others Wednesday to Friday, half time.
            TrainingSites.Site site = TrainingSites.site(admin, programId, templateId, "Site " + s, null,
                    LocalDate.of(2027, 10, 4 + 7 * s), LocalDate.of(2027, 8, s == 0 ? 2 : 4), s == 0 ? 5 : 3, dana,
                    s == 0 ? "1" : "0.5");
            rollouts.add(site.rolloutId());
            tasks.add(site.taskId());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.get("/programs/" + programId
                + "/capacity?overAllocatedOnly=true").json().get("overAllocations")).isNotEmpty());
        return new Program(programId, dana, rollouts, tasks);
    }

    private JsonNode task(String rolloutId, String taskId) {
        return admin.get("/rollouts/" + rolloutId + "/plan/tasks/" + taskId).json();
    }

    @Test
    void thePreviewDelaysTheLaterGoLivesTaskInsideItsFloatAndApplyingItRemovesTheOverAllocation() {
        Program program = program(2);
        String later = program.rollouts().get(1);
        String goLives = program.rollouts().stream().map(r -> admin.get("/rollouts/" + r).json()
                .get("goLiveDate").asString()).toList().toString();

        JsonNode preview = admin.get("/programs/" + program.id() + "/levelling/preview").json();

        assertThat(preview.get("moves")).hasSize(1);
        JsonNode move = preview.get("moves").get(0);
        assertThat(move.get("rolloutId").asString()).isEqualTo(later);
        assertThat(move.get("taskId").asString()).isEqualTo(program.tasks().get(1));
        assertThat(move.get("fromStart").asString()).isEqualTo("2027-08-04");
        assertThat(move.get("toStart").asString()).isEqualTo("2027-08-09");
        assertThat(move.get("toFinish").asString()).isEqualTo("2027-08-11");
        assertThat(move.get("workingDays").asInt()).isEqualTo(3);
        assertThat(move.get("overAllocationRemovedHours").asDouble()).isEqualTo(12.0);
        assertThat(preview.get("goLiveChanges")).isEmpty();
        assertThat(preview.get("remaining")).isEmpty();
        assertThat(preview.get("excessHoursBefore").asDouble()).isEqualTo(12.0);
        assertThat(admin.get("/programs/" + program.id() + "/levelling/preview").json().get("fingerprint"))
                .isEqualTo(preview.get("fingerprint"));
        int revision = task(later, program.tasks().get(1)).get("revision").asInt();

        var applied = admin.post("/programs/" + program.id() + "/levelling",
                Map.of("fingerprint", preview.get("fingerprint").asString()));

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("status").asString()).isEqualTo("APPLIED");
        JsonNode moved = task(later, program.tasks().get(1));
        assertThat(moved.get("start").asString()).isEqualTo("2027-08-09");
        assertThat(moved.get("revision").asInt()).isEqualTo(revision + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.get("/programs/"
                + program.id() + "/capacity?overAllocatedOnly=true").json().get("overAllocations")).isEmpty());
        assertThat(program.rollouts().stream().map(r -> admin.get("/rollouts/" + r).json().get("goLiveDate")
                .asString()).toList().toString()).isEqualTo(goLives);
        List<EventTap.WireEvent> events = tap.awaitEvents(e -> program.id().equals(e.key())
                && (e.type().equals(STARTED) || e.type().equals(APPLIED)
                || e.type().equals("org.golive.planning.resource.over-allocation-resolved.v1")), 3);
        assertThat(events).extracting(EventTap.WireEvent::type).containsExactlyInAnyOrder(STARTED, APPLIED,
                "org.golive.planning.resource.over-allocation-resolved.v1");
        assertThat(EventTap.schemaViolations(events)).isEmpty();
        assertThat(tap.awaitEvents(e -> later.equals(e.key())
                && e.type().equals("org.golive.planning.task.updated.v1")
                && e.data().contains(program.tasks().get(1)) && e.data().contains("2027-08-09"), 1)).hasSize(1);

        var again = admin.post("/programs/" + program.id() + "/levelling",
                Map.of("fingerprint", preview.get("fingerprint").asString()));
        assertThat(again.status()).as("the plans moved since: a stale preview").isEqualTo(409);
    }

    /**
     * Two sites whose trainer sessions are fixed (must start on the same Monday, no float) and each take the trainer
     * full-time: levelling within float can move nothing; beyond float the later go-live moves a week.
     */
    @Test
    void beyondFloatThePreviewMovesTheLaterGoLiveByAWeekAndApplyingItMovesThatGoLiveAndNoOther() {
        String programId = admin.post("/programs", Map.of("name", "Beyond float " + System.nanoTime())).json()
                .get("id").asString();
        String templateId = TrainingSites.template(admin);
        String dana = admin.post("/programs/" + programId + "/resources", Map.of("kind", "PERSON",
                "name", "Dana Whitfield", "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40)).json()
                .get("id").asString();
        LocalDate monday = GoLiveDates.mondayWeeksAhead(20);
        List<String> rollouts = new java.util.ArrayList<>();
        List<String> sessions = new java.util.ArrayList<>();
        for (int s = 0; s < 2; s++) {
            String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Fixed " + s,
                    "siteType", "HOSPITAL", "goLiveDate", monday.plusWeeks(9 + s).toString())).json()
                    .get("id").asString();
            assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                    .isEqualTo(201);
            String taskId = admin.post("/rollouts/" + rolloutId + "/plan/tasks", Map.of("title", "Trainer session",
                    "constraintType", "MSO", "constraintDate", monday.toString(), "durationDays", 5)).json()
                    .get("task").get("id").asString();
            assertThat(admin.put("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/resources", Map.of(
                    "revision", 0, "assignments", List.of(Map.of("resourceId", dana, "units", "1")))).status())
                    .isEqualTo(200);
            rollouts.add(rolloutId);
            sessions.add(taskId);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.get("/programs/" + programId
                + "/capacity?overAllocatedOnly=true").json().get("overAllocations")).isNotEmpty());
        String earlierGoLive = monday.plusWeeks(9).toString();
        String laterGoLive = monday.plusWeeks(10).toString();

        JsonNode within = admin.get("/programs/" + programId + "/levelling/preview").json();
        assertThat(within.get("moves")).isEmpty();
        assertThat(within.get("goLiveChanges")).isEmpty();
        assertThat(within.get("remaining")).isNotEmpty();
        JsonNode preview = admin.get("/programs/" + programId + "/levelling/preview?beyondFloat=true").json();

        assertThat(preview.get("withinFloat").asBoolean()).isFalse();
        assertThat(preview.get("fingerprint")).isNotEqualTo(within.get("fingerprint"));
        assertThat(preview.get("goLiveChanges")).hasSize(1);
        JsonNode change = preview.get("goLiveChanges").get(0);
        assertThat(change.get("rolloutId").asString()).isEqualTo(rollouts.get(1));
        assertThat(change.get("from").asString()).isEqualTo(laterGoLive);
        assertThat(change.get("to").asString()).isEqualTo(monday.plusWeeks(11).toString());
        assertThat(change.get("weeks").asInt()).isEqualTo(1);
        JsonNode session = null;
        for (JsonNode shift : change.get("tasks")) {
            if (shift.get("taskId").asString().equals(sessions.get(1))) {
                session = shift;
            }
        }
        assertThat(session).as("the go-live move's task shifts are listed").isNotNull();
        assertThat(session.get("fromStart").asString()).isEqualTo(monday.toString());
        assertThat(session.get("toStart").asString()).isEqualTo(monday.plusWeeks(1).toString());
        assertThat(preview.get("moves")).isEmpty();
        assertThat(preview.get("remaining")).isEmpty();
        assertThat(preview.get("excessHoursBefore").asDouble()).isEqualTo(40.0);
        assertThat(preview.get("excessHoursAfter").asDouble()).isZero();
        assertThat(admin.get("/rollouts/" + rollouts.get(1)).json().get("goLiveDate").asString())
                .as("a preview moves nothing").isEqualTo(laterGoLive);
        String fingerprint = preview.get("fingerprint").asString();
        assertThat(admin.post("/programs/" + programId + "/levelling", Map.of("fingerprint", fingerprint)).status())
                .as("applied as if within float: not the preview asked").isEqualTo(409);
        assertThat(admin.get("/programs/" + programId + "/levelling/preview?beyondFloat=true&maxWeeks=0").status())
                .isEqualTo(422);
        assertThat(admin.get("/programs/" + programId + "/levelling/preview?beyondFloat=true&maxWeeks=27").status())
                .isEqualTo(422);

        var applied = admin.post("/programs/" + programId + "/levelling",
                Map.of("fingerprint", fingerprint, "beyondFloat", true));

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("rollouts").findValuesAsString("goLiveTo"))
                .containsExactly(monday.plusWeeks(11).toString());
        assertThat(admin.get("/rollouts/" + rollouts.get(0)).json().get("goLiveDate").asString())
                .as("no go-live the preview did not list").isEqualTo(earlierGoLive);
        assertThat(admin.get("/rollouts/" + rollouts.get(1)).json().get("goLiveDate").asString())
                .isEqualTo(monday.plusWeeks(11).toString());
        assertThat(task(rollouts.get(1), sessions.get(1)).get("start").asString())
                .isEqualTo(monday.plusWeeks(1).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.get("/programs/" + programId
                + "/capacity?overAllocatedOnly=true").json().get("overAllocations")).isEmpty());
        List<EventTap.WireEvent> run = tap.awaitEvents(e -> programId.equals(e.key())
                && (e.type().equals(STARTED) || e.type().equals(APPLIED)), 2);
        assertThat(run).anySatisfy(e -> assertThat(e.data()).contains("\"goLiveChanges\":[{\"rolloutId\":\""
                + rollouts.get(1)));
        assertThat(run).anySatisfy(e -> assertThat(e.data()).contains("\"goLivesMoved\":1"));
        assertThat(EventTap.schemaViolations(run)).isEmpty();
        assertThat(tap.awaitEvents(e -> rollouts.get(1).equals(e.key())
                && e.type().equals("org.golive.planning.go-live.rescheduled.v1"), 1)).hasSize(1);
        assertThat(tap.awaitEvents(e -> rollouts.contains(e.key())
                && e.type().equals("org.golive.planning.go-live.rescheduled.v1"), 1))
                .extracting(EventTap.WireEvent::key).containsOnly(rollouts.get(1));
        assertThat(admin.post("/programs/" + programId + "/levelling", Map.of("fingerprint", fingerprint,
                "beyondFloat", true)).status()).as("the plans moved since: a stale preview").isEqualTo(409);
    }

    @Test
    void aHigherPriorityRolloutKeepsItsDatesAndThePriorityIsSetThroughTheApiWithItsEvent() {
        Program program = program(2);
        String earlier = program.rollouts().get(0);
        String later = program.rollouts().get(1);
        JsonNode rollout = admin.get("/rollouts/" + later).json();
        assertThat(rollout.get("priority").asInt()).isEqualTo(500);
        long version = rollout.get("version").asLong();
        assertThat(admin.put("/rollouts/" + later + "/priority", Map.of("priority", 1001, "version", version))
                .status()).isEqualTo(422);
        assertThat(admin.put("/rollouts/" + later + "/priority", Map.of("priority", 900, "version", version + 1))
                .status()).isEqualTo(409);
        assertThat(new HttpJson("http://localhost:" + port).as("PROJECT_MANAGER").put("/rollouts/" + later
                + "/priority", Map.of("priority", 900, "version", version)).status()).isEqualTo(403);

        var set = admin.put("/rollouts/" + later + "/priority", Map.of("priority", 900, "version", version));

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("priority").asInt()).isEqualTo(900);
        JsonNode preview = admin.get("/programs/" + program.id() + "/levelling/preview").json();
        assertThat(preview.get("moves")).isNotEmpty();
        assertThat(preview.get("moves").findValuesAsString("rolloutId")).as("the lower priority waits")
                .containsOnly(earlier);
        assertThat(preview.get("remaining")).isEmpty();
        List<EventTap.WireEvent> events = tap.awaitEvents(e -> later.equals(e.key())
                && e.type().equals("org.golive.planning.rollout.priority-set.v1"), 1);
        assertThat(events).singleElement().satisfies(e -> assertThat(e.data()).contains("\"priority\":900")
                .contains("\"previousPriority\":500"));
        assertThat(EventTap.schemaViolations(events)).isEmpty();
    }

    @Test
    void aPreviewOfAProgramThatChangedMeanwhileIsRefusedWith409AndBadInputIsAProblem() {
        Program program = program(2);
        String fingerprint = admin.get("/programs/" + program.id() + "/levelling/preview").json()
                .get("fingerprint").asString();
        admin.post("/programs/" + program.id() + "/resources", Map.of("kind", "PERSON", "name", "Pat Lee",
                "role", "TRAINER", "hoursPerWeek", 40));

        var stale = admin.post("/programs/" + program.id() + "/levelling", Map.of("fingerprint", fingerprint));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(task(program.rollouts().get(1), program.tasks().get(1)).get("start").asString())
                .isEqualTo("2027-08-04");
        assertThat(admin.post("/programs/" + program.id() + "/levelling", Map.of()).status()).isEqualTo(400);
        assertThat(admin.post("/programs/" + program.id() + "/levelling", Map.of("fingerprint", "x".repeat(65)))
                .status()).isEqualTo(400);
        assertThat(admin.get("/programs/no-such-program/levelling/preview").status()).isEqualTo(404);
        assertThat(admin.get("/programs/" + program.id() + "/levelling/runs/no-such-run").status()).isEqualTo(404);
        var viewer = new HttpJson("http://localhost:" + port).as("VIEWER");
        assertThat(viewer.post("/programs/" + program.id() + "/levelling", Map.of("fingerprint", fingerprint))
                .status()).isEqualTo(403);
    }

    @Test
    void aRunKilledBetweenRolloutsResumesAndWritesEveryDelayExactlyOnce() {
        Program program = program(3);
        JsonNode preview = admin.get("/programs/" + program.id() + "/levelling/preview").json();
        assertThat(preview.get("moves").findValuesAsString("rolloutId"))
                .containsExactlyInAnyOrder(program.rollouts().get(1), program.rollouts().get(2));
        Map<String, Integer> revisions = new HashMap<>();
        for (int s = 1; s < 3; s++) {
            revisions.put(program.tasks().get(s), task(program.rollouts().get(s), program.tasks().get(s))
                    .get("revision").asInt());
        }
        // The first rollout's plan is written, then the process dies before the run notes it done.
        doAnswer(call -> {
            call.callRealMethod();
            throw new IllegalStateException("killed after a rollout's plan write");
        }).when(plans).delay(any(), any());

        var stopped = admin.post("/programs/" + program.id() + "/levelling",
                Map.of("fingerprint", preview.get("fingerprint").asString()));

        assertThat(stopped.status()).as(stopped.body()).isEqualTo(202);
        assertThat(stopped.json().get("status").asString()).isEqualTo("RUNNING");
        assertThat(stopped.json().get("rollouts").findValuesAsString("done")).doesNotContain("true");
        String runId = stopped.json().get("runId").asString();
        reset(plans);

        runs.resumeStalled();

        JsonNode run = admin.get("/programs/" + program.id() + "/levelling/runs/" + runId).json();
        assertThat(run.get("status").asString()).isEqualTo("APPLIED");
        for (int s = 1; s < 3; s++) {
            JsonNode moved = task(program.rollouts().get(s), program.tasks().get(s));
            assertThat(moved.get("start").asString()).isEqualTo("2027-08-09");
            assertThat(moved.get("revision").asInt()).as("written once").isEqualTo(revisions.get(program.tasks().get(s)) + 1);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.get("/programs/"
                + program.id() + "/capacity?overAllocatedOnly=true").json().get("overAllocations")).isEmpty());
        for (int s = 1; s < 3; s++) {
            String rolloutId = program.rollouts().get(s);
            String taskId = program.tasks().get(s);
            assertThat(tap.awaitEvents(e -> rolloutId.equals(e.key())
                    && e.type().equals("org.golive.planning.task.updated.v1") && e.data().contains(taskId)
                    && e.data().contains("2027-08-09"), 1)).as("one task event per delay").hasSize(1);
        }
        assertThat(tap.awaitEvents(e -> program.id().equals(e.key()) && e.type().equals(APPLIED), 1)).hasSize(1);
        assertThat(tap.awaitEvents(e -> program.id().equals(e.key()) && e.type().equals(STARTED), 1)).hasSize(1);
    }
}
