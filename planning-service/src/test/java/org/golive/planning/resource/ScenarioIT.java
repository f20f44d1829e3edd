package org.golive.planning.resource;

import org.golive.contract.Topics;
import org.golive.planning.rollout.GoLiveMoves;
import org.golive.testsupport.ConsumerLag;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

/**
 * What-if scenarios through the API: wave 1's site trains all week with the program's one trainer while wave 2's
 * two sites want her half-time the same Wednesday to Friday. Moving wave 2 four weeks later on paper shows the
 * over-allocation gone and the labour cost in other months, the plans untouched; promoting it moves both go-lives
 * (their events) and the over-allocation goes for real; a program changed meanwhile is 409; a promotion stopped
 * between rollouts resumes without moving any go-live twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"golive.resources.levelling.stalled-after=PT0S", "golive.resources.levelling.sweep-every=PT1H"})
@Import(GoliveTestInfrastructure.class)
// A spy makes a context of its own: closed after the class, while the JVM's one broker still runs (closed at exit,
// after the broker, each such context's consumers wait out their timeouts and the fork overstays Surefire's 30 s).
@DirtiesContext
class ScenarioIT {

    private static final String CREATED = "org.golive.planning.scenario.created.v1";
    private static final String STARTED = "org.golive.planning.scenario.promotion-started.v1";
    private static final String PROMOTED = "org.golive.planning.scenario.promoted.v1";
    private static final String DELETED = "org.golive.planning.scenario.deleted.v1";
    private static final String RESCHEDULED = "org.golive.planning.go-live.rescheduled.v1";
    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    @LocalServerPort
    int port;
    HttpJson admin;
    @MockitoSpyBean
    GoLiveMoves moves;
    @Autowired
    ScenarioPromotions promotions;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void adminClient() {
        admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        reset(moves);
    }

    /** Wave 1: one site; wave 2: two sites a week later; the training Monday of week 1 (Wednesday for wave 2). */
    private record Program(String id, String wave1, String wave2, List<String> rollouts, List<String> tasks,
                           LocalDate monday) {
    }

    private Program program() {
        String programId = admin.post("/programs", Map.of("name", "Scenario " + System.nanoTime())).json()
                .get("id").asString();
        String templateId = TrainingSites.template(admin);
        var added = admin.post("/programs/" + programId + "/resources", Map.of("kind", "PERSON",
                "name", "Dana Whitfield", "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40,
                "costRates", List.of(Map.of("from", "2026-01-01", "hourlyRate", "80.00"))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String dana = added.json().get("id").asString();
        List<String> waves = new ArrayList<>();
        for (int w = 1; w <= 2; w++) {
            waves.add(admin.post("/programs/" + programId + "/waves", Map.of("name", "Wave " + w)).json()
                    .get("id").asString());
        }
        LocalDate goLive = GoLiveDates.mondayWeeksAhead(30);
        LocalDate monday = goLive.minusWeeks(9);
        List<String> rollouts = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            TrainingSites.Site site = TrainingSites.site(admin, programId, templateId, "Site " + s,
                    waves.get(s == 0 ? 0 : 1), goLive.plusWeeks(s == 0 ? 0 : 1), monday.plusDays(s == 0 ? 0 : 2),
                    s == 0 ? 5 : 3, dana, s == 0 ? "1" : "0.5");
            rollouts.add(site.rolloutId());
            tasks.add(site.taskId());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.get("/programs/" + programId
                + "/capacity?overAllocatedOnly=true").json().get("overAllocations")).isNotEmpty());
        // Planning's resources listener follows its own events (assignment dates, template demand, labour cost) and
        // bumps the assignments' versions as it goes: a scenario computed before it is idle is stale at once (409).
        // Caught up means something only once the set-up's events have left the outbox (nothing marked pending).
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("outbox_pending").countDocuments() == 0);
        ConsumerLag.awaitCaughtUp("golive-planning", List.of(Topics.PLANNING));
        return new Program(programId, waves.get(0), waves.get(1), rollouts, tasks, monday);
    }

    private String goLive(String rolloutId) {
        return admin.get("/rollouts/" + rolloutId).json().get("goLiveDate").asString();
    }

    private HttpJson.Reply moveWave2(Program program, int days) {
        return admin.post("/programs/" + program.id() + "/scenarios", Map.of("name", "Wave 2 later",
                "moves", List.of(Map.of("waveId", program.wave2(), "shiftDays", days))));
    }

    @Test
    void movingWaveTwoOnPaperShowsTheOverAllocationGoneAndPromotingItMovesTheGoLives() {
        Program program = program();
        List<String> goLives = program.rollouts().stream().map(this::goLive).toList();

        var created = moveWave2(program, 28);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode scenario = created.json();
        assertThat(scenario.get("status").asString()).isEqualTo("COMPUTED");
        assertThat(scenario.get("current").asBoolean()).isTrue();
        assertThat(scenario.get("moves").findValuesAsString("rolloutId"))
                .containsExactlyInAnyOrder(program.rollouts().get(1), program.rollouts().get(2));
        assertThat(scenario.get("moves").findValuesAsString("toGoLiveDate")).containsOnly(
                LocalDate.parse(goLives.get(1)).plusDays(28).toString());
        JsonNode effects = scenario.get("effects");
        assertThat(effects.get("planOverAllocations").asInt()).isEqualTo(1);
        assertThat(effects.get("scenarioOverAllocations").asInt()).isZero();
        assertThat(effects.get("appearing")).isEmpty();
        assertThat(effects.get("disappearing")).singleElement().satisfies(over -> {
            assertThat(over.get("resourceName").asString()).isEqualTo("Dana Whitfield");
            assertThat(over.get("role").asString()).isEqualTo("CREDENTIALED_TRAINER");
            assertThat(over.get("demandHours").asDouble()).isEqualTo(64.0);
        });
        assertThat(effects.get("byRoleAndWeek")).singleElement().satisfies(week -> {
            assertThat(week.get("excessHoursPlan").asDouble()).isEqualTo(24.0);
            assertThat(week.get("excessHoursScenario").asDouble()).isZero();
        });
        // Each wave 2 site: 3 days x 4 h x 80.00, the same total, in the months of the moved dates.
        assertThat(effects.get("labourCost")).hasSize(2).allSatisfy(cost -> {
            assertThat(cost.get("plan").decimalValue()).isEqualByComparingTo("960.00");
            assertThat(cost.get("scenario").decimalValue()).isEqualByComparingTo("960.00");
            JsonNode last = cost.get("months").get(cost.get("months").size() - 1);
            assertThat(last.get("month").asString()).isEqualTo(YearMonth.from(program.monday().plusDays(32))
                    .toString());
            assertThat(last.get("scenario").decimalValue()).isPositive();
        });
        assertThat(effects.get("labourCostDifference").decimalValue()).isZero();
        assertThat(program.rollouts().stream().map(this::goLive).toList()).as("the plans untouched")
                .isEqualTo(goLives);
        String scenarioId = scenario.get("id").asString();
        assertThat(admin.get("/programs/" + program.id() + "/scenarios").json().findValuesAsString("id"))
                .containsExactly(scenarioId);
        assertThat(admin.get("/programs/" + program.id() + "/scenarios/" + scenarioId).json()
                .get("current").asBoolean()).isTrue();

        var promoted = admin.post("/programs/" + program.id() + "/scenarios/" + scenarioId + "/promote", Map.of());

        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().get("status").asString()).isEqualTo("PROMOTED");
        assertThat(goLive(program.rollouts().get(0))).isEqualTo(goLives.get(0));
        assertThat(goLive(program.rollouts().get(1))).isEqualTo(LocalDate.parse(goLives.get(1)).plusDays(28)
                .toString());
        assertThat(goLive(program.rollouts().get(2))).isEqualTo(LocalDate.parse(goLives.get(2)).plusDays(28)
                .toString());
        assertThat(admin.get("/rollouts/" + program.rollouts().get(1) + "/plan/tasks/" + program.tasks().get(1))
                .json().get("start").asString()).isEqualTo(program.monday().plusDays(30).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.get("/programs/"
                + program.id() + "/capacity?overAllocatedOnly=true").json().get("overAllocations")).isEmpty());
        List<EventTap.WireEvent> events = tap.awaitEvents(e -> program.id().equals(e.key())
                && e.type().startsWith("org.golive.planning.scenario."), 3);
        assertThat(events).extracting(EventTap.WireEvent::type).containsExactly(CREATED, STARTED, PROMOTED);
        assertThat(EventTap.schemaViolations(events)).isEmpty();
        for (int s = 1; s < 3; s++) {
            String rolloutId = program.rollouts().get(s);
            assertThat(tap.awaitEvents(e -> rolloutId.equals(e.key()) && e.type().equals(RESCHEDULED), 1))
                    .hasSize(1);
        }
        var again = admin.post("/programs/" + program.id() + "/scenarios/" + scenarioId + "/promote", Map.of());
        assertThat(again.status()).as("promoted once").isEqualTo(409);
    }

    @Test
    void aScenarioOfAProgramThatChangedMeanwhileIsRefusedWith409AndBadInputIsAProblem() {
        Program program = program();
        JsonNode scenario = moveWave2(program, 28).json();
        String scenarioId = scenario.get("id").asString();
        admin.post("/programs/" + program.id() + "/resources", Map.of("kind", "PERSON", "name", "Pat Lee",
                "role", "TRAINER", "hoursPerWeek", 40));

        assertThat(admin.get("/programs/" + program.id() + "/scenarios/" + scenarioId).json().get("current")
                .asBoolean()).isFalse();
        var stale = admin.post("/programs/" + program.id() + "/scenarios/" + scenarioId + "/promote", Map.of());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(goLive(program.rollouts().get(1))).isEqualTo(scenario.get("moves").get(0)
                .get("fromGoLiveDate").asString());
        String scenarios = "/programs/" + program.id() + "/scenarios";
        assertThat(admin.post(scenarios, Map.of("name", "none", "moves", List.of())).status()).isEqualTo(400);
        assertThat(admin.post(scenarios, Map.of("name", "both", "moves", List.of(Map.of("waveId",
                program.wave2(), "rolloutId", program.rollouts().get(0), "shiftDays", 7)))).status()).isEqualTo(422);
        assertThat(admin.post(scenarios, Map.of("name", "other wave", "moves", List.of(Map.of("waveId",
                "no-such-wave", "shiftDays", 7)))).status()).isEqualTo(422);
        assertThat(admin.post(scenarios, Map.of("name", "past", "moves", List.of(Map.of("rolloutId",
                program.rollouts().get(0), "goLiveDate", GoLiveDates.today().minusDays(1).toString()))))
                .status()).isEqualTo(422);
        assertThat(admin.post(scenarios, Map.of("name", "nothing moves", "moves", List.of(Map.of("rolloutId",
                program.rollouts().get(0), "shiftDays", 0)))).status()).isEqualTo(422);
        assertThat(admin.post("/programs/no-such-program/scenarios", Map.of("name", "x", "moves",
                List.of(Map.of("waveId", program.wave2(), "shiftDays", 7)))).status()).isEqualTo(404);
        assertThat(admin.get(scenarios + "/no-such-scenario").status()).isEqualTo(404);
        var viewer = new HttpJson("http://localhost:" + port).as("VIEWER");
        assertThat(viewer.post(scenarios + "/" + scenarioId + "/promote", Map.of()).status()).isEqualTo(403);
        assertThat(viewer.get(scenarios + "/" + scenarioId).status()).isEqualTo(200);

        long version = admin.get(scenarios + "/" + scenarioId).json().get("version").asLong();
        assertThat(admin.delete(scenarios + "/" + scenarioId + "?version=" + (version + 1)).status()).isEqualTo(409);
        assertThat(admin.delete(scenarios + "/" + scenarioId + "?version=" + version).status()).isEqualTo(204);
        assertThat(admin.get(scenarios + "/" + scenarioId).status()).isEqualTo(404);
        assertThat(admin.get(scenarios).json()).isEmpty();
        assertThat(tap.awaitEvents(e -> program.id().equals(e.key()) && e.type().equals(DELETED), 1)).hasSize(1);
    }

    @Test
    void aPromotionStoppedBetweenRolloutsResumesAndMovesEachGoLiveOnce() {
        Program program = program();
        String scenarioId = moveWave2(program, 28).json().get("id").asString();
        Map<String, String> targets = new HashMap<>();
        for (int s = 1; s < 3; s++) {
            targets.put(program.rollouts().get(s), LocalDate.parse(goLive(program.rollouts().get(s))).plusDays(28)
                    .toString());
        }
        // The first rollout's go-live is written, then the process dies before the scenario notes it done.
        doAnswer(call -> {
            call.callRealMethod();
            throw new IllegalStateException("killed after a rollout's write");
        }).when(moves).move(any(), anyLong(), any(), any(), any());

        var stopped = admin.post("/programs/" + program.id() + "/scenarios/" + scenarioId + "/promote", Map.of());

        assertThat(stopped.status()).as(stopped.body()).isEqualTo(202);
        assertThat(stopped.json().get("status").asString()).isEqualTo("PROMOTING");
        reset(moves);

        promotions.resumeStalled();

        JsonNode promoted = admin.get("/programs/" + program.id() + "/scenarios/" + scenarioId).json();
        assertThat(promoted.get("status").asString()).isEqualTo("PROMOTED");
        assertThat(promoted.get("moves").findValuesAsString("promoted")).containsOnly("true");
        targets.forEach((rolloutId, target) -> {
            assertThat(goLive(rolloutId)).isEqualTo(target);
            assertThat(tap.awaitEvents(e -> rolloutId.equals(e.key()) && e.type().equals(RESCHEDULED), 1))
                    .as("one go-live move per rollout").hasSize(1);
        });
        assertThat(tap.awaitEvents(e -> program.id().equals(e.key()) && e.type().equals(PROMOTED)
                && e.data().contains(scenarioId), 1)).hasSize(1);
    }
}
