package org.golive.planning;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The site plan end to end against the service: template, instantiation, go-live move, baseline, slip, events. */
class SitePlanIT extends PlanningServiceHarness {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    HttpJson pm;

    @BeforeEach
    void projectManager() {
        pm = new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles("pm.lake", "PROJECT_MANAGER"));
    }

    static String standardTemplate() {
        try (InputStream in = SitePlanIT.class.getResourceAsStream(
                "/org/golive/planning/template/standard-ehr-rollout.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String rollout(String goLive, String projectManager) {
        Map<String, Object> site = new HashMap<>(Map.of("siteName", "Lakeside Hospital", "siteType", "HOSPITAL",
                "goLiveDate", goLive));
        if (projectManager != null) {
            site.put("projectManager", projectManager);
        }
        return RolloutFixtures.newRollout(admin, "Lakeside EHR", site);
    }

    private String template() {
        var created = admin.postRaw("/templates", standardTemplate());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static JsonNode task(JsonNode plan, String id) {
        for (JsonNode task : plan.get("tasks")) {
            if (task.get("id").asString().equals(id)) {
                return task;
            }
        }
        throw new AssertionError("no task " + id);
    }

    private static List<String> ids(JsonNode moves) {
        List<String> ids = new ArrayList<>();
        moves.forEach(m -> ids.add(m.get("taskId").asString()));
        return ids;
    }

    @Test
    void aProjectManagerInstantiatesMovesGoLiveBaselinesAndSlipsAndEveryChangeIsASchemaValidEvent() {
        String templateId = template();
        LocalDate goLive = GoLiveDates.mondayWeeksAhead(26);
        String rolloutId = rollout(goLive.toString(), "pm.lake");

        var instantiated = pm.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId,
                "calendar", Map.of("holidays", List.of(goLive.minusDays(7).toString()))));
        assertThat(instantiated.status()).as(instantiated.body()).isEqualTo(201);
        JsonNode plan = instantiated.json();
        assertThat(plan.get("tasks").size()).isEqualTo(53);
        assertThat(task(plan, "go-live").get("start").asString()).isEqualTo(goLive.toString());
        // GL-7 is the Monday before, a holiday on this site's calendar: the decision moves to Tuesday.
        assertThat(task(plan, "go-no-go").get("start").asString()).isEqualTo(goLive.minusDays(6).toString());
        assertThat(task(plan, "go-no-go").get("goLiveOffset").asString()).isEqualTo("GL-7");
        assertThat(task(plan, "kickoff").get("start").asString()).isEqualTo(goLive.minusDays(180).toString());
        assertThat(plan.get("criticalPath").size()).isPositive();

        var again = pm.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("tasks").size()).isEqualTo(53);

        long version = pm.get("/rollouts/" + rolloutId).json().get("version").asLong();
        var moved = pm.put("/rollouts/" + rolloutId + "/go-live", Map.of("goLiveDate", goLive.plusWeeks(2).toString(),
                "reason", "Interface vendor slipped two weeks", "version", version));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(ids(moved.json().get("moved"))).contains("kickoff", "go-live", "go-no-go", "stabilization-exit");
        plan = pm.get("/rollouts/" + rolloutId + "/plan").json();
        assertThat(task(plan, "go-live").get("start").asString()).isEqualTo(goLive.plusWeeks(2).toString());
        assertThat(task(plan, "kickoff").get("start").asString()).isEqualTo(
                goLive.plusWeeks(2).minusDays(180).toString());

        assertThat(pm.post("/rollouts/" + rolloutId + "/plan/baselines", Map.of("name", "Approved plan")).status())
                .isEqualTo(201);

        JsonNode test2 = task(plan, "integrated-test-2");
        Map<String, Object> slipped = new HashMap<>(JSON.convertValue(test2, Map.class));
        slipped.put("durationDays", test2.get("durationDays").asInt() + 10);
        var slip = pm.put("/rollouts/" + rolloutId + "/plan/tasks/integrated-test-2", slipped);
        assertThat(slip.status()).as(slip.body()).isEqualTo(200);
        assertThat(ids(slip.json().get("rescheduling").get("moved"))).contains("integrated-test-2", "testing-signoff");

        JsonNode variance = pm.get("/rollouts/" + rolloutId + "/plan/variance?baseline=Approved%20plan").json();
        JsonNode signoff = null;
        for (JsonNode row : variance) {
            if (row.get("taskId").asString().equals("testing-signoff")) {
                signoff = row;
            }
        }
        assertThat(signoff.get("finishVarianceDays").asInt()).isPositive();

        tap.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().endsWith(".milestone.slipped.v1")
                && JSON.readTree(e.data()).get("taskId").asString().equals("go-live"));
        var events = tap.seen().stream().filter(e -> rolloutId.equals(e.key())).toList();
        assertThat(events.subList(0, 5)).extracting(EventTap.WireEvent::type).containsExactly(
                "org.golive.planning.rollout.created.v1",
                "org.golive.planning.plan.instantiated.v1",
                "org.golive.planning.go-live.rescheduled.v1",
                "org.golive.planning.baseline.set.v1",
                "org.golive.planning.task.updated.v1");
        assertThat(EventTap.schemaViolations(events)).isEmpty();
        JsonNode rescheduled = JSON.readTree(events.get(2).data());
        assertThat(rescheduled.get("previousGoLiveDate").asString()).isEqualTo(goLive.toString());
        assertThat(rescheduled.get("tasksMoved").size()).isGreaterThan(30);
        // The slip pushes every milestone downstream past the baseline: each is announced once.
        List<JsonNode> slips = events.subList(5, events.size()).stream().map(e -> {
            assertThat(e.type()).isEqualTo("org.golive.planning.milestone.slipped.v1");
            return JSON.readTree(e.data());
        }).toList();
        assertThat(slips).extracting(s -> s.get("taskId").asString())
                .contains("testing-signoff", "go-live").doesNotHaveDuplicates();
        assertThat(slips).allSatisfy(s -> assertThat(s.get("slipDays").asInt()).isPositive());
    }

    @Test
    void badPlanChangesAreRefusedWithTheFieldNamedAndNothingIsWritten() {
        String templateId = template();
        String rolloutId = rollout(GoLiveDates.mondayWeeksAhead(38).toString(), null);
        admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));
        String tasks = "/rollouts/" + rolloutId + "/plan/tasks";
        long versionBefore = admin.get("/rollouts/" + rolloutId).json().get("version").asLong();

        var cycle = admin.put(tasks + "/kickoff", Map.of("title", "Kickoff", "durationDays", 1, "revision", 0,
                "dependencies", List.of(Map.of("taskId", "assess-done", "type", "FS"))));
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.json().get("errors").get("dependencies").asString()).contains("kickoff", "assess-done");

        var unknown = admin.post(tasks, Map.of("title", "X", "durationDays", 1,
                "dependencies", List.of(Map.of("taskId", "no-such-task", "type", "FS"))));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").has("dependencies[0].taskId")).isTrue();

        var twoAccountable = admin.put(tasks + "/kickoff/raci", Map.of("revision", 0, "raci", List.of(
                Map.of("party", "CMIO", "role", "ACCOUNTABLE"), Map.of("party", "CNO", "role", "ACCOUNTABLE"))));
        assertThat(twoAccountable.status()).isEqualTo(422);
        assertThat(twoAccountable.json().get("errors").has("raci")).isTrue();

        var negative = admin.post(tasks, Map.of("title", "X", "durationDays", -3));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").has("durationDays")).isTrue();

        var badDate = admin.post(tasks, Map.of("title", "X", "durationDays", 1, "startNoEarlierThan", "2027-02-30"));
        assertThat(badDate.status()).isEqualTo(400);

        assertThat(admin.get(tasks + "/no-such-task").status()).isEqualTo(404);
        assertThat(admin.get("/rollouts/no-such-rollout/plan").status()).isEqualTo(404);
        String noPlan = rollout(GoLiveDates.mondayWeeksAhead(38).toString(), null);
        assertThat(admin.get("/rollouts/" + noPlan + "/plan").status()).isEqualTo(404);

        assertThat(admin.get("/rollouts/" + rolloutId).json().get("version").asLong()).isEqualTo(versionBefore);

        var first = admin.put(tasks + "/kickoff/raci", Map.of("revision", 0, "raci", List.of(
                Map.of("party", "CMIO", "role", "ACCOUNTABLE"))));
        assertThat(first.status()).isEqualTo(200);
        var stale = admin.put(tasks + "/kickoff/raci", Map.of("revision", 0, "raci", List.of(
                Map.of("party", "CNO", "role", "ACCOUNTABLE"))));
        assertThat(stale.status()).isEqualTo(409);

        var otherTemplate = admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", template()));
        assertThat(otherTemplate.status()).isEqualTo(409);
    }

    @Test
    void aContributorRecordsProgressOnlyOnTheirOwnTasksAndAMilestoneReachedIsAnnounced() {
        String templateId = template();
        String rolloutId = rollout(GoLiveDates.mondayWeeksAhead(0).toString(), "pm.lake");
        pm.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));
        String kickoff = "/rollouts/" + rolloutId + "/plan/tasks/kickoff";
        pm.put(kickoff + "/raci", Map.of("revision", 0, "raci", List.of(
                Map.of("party", "dana.nurse", "role", "RESPONSIBLE"),
                Map.of("party", "Executive Sponsor", "role", "ACCOUNTABLE"))));
        HttpJson dana = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("dana.nurse", "CONTRIBUTOR"));
        HttpJson lee = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("lee.tech", "CONTRIBUTOR"));
        HttpJson otherPm = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));

        assertThat(lee.post(kickoff + "/progress", Map.of("status", "DONE", "revision", 1)).status()).isEqualTo(403);
        assertThat(otherPm.post(kickoff + "/progress", Map.of("status", "DONE", "revision", 1)).status())
                .isEqualTo(403);
        var future = dana.post(kickoff + "/progress", Map.of("status", "DONE", "actualFinish", "2099-01-01",
                "revision", 1));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("errors").has("actualFinish")).isTrue();

        var done = dana.post(kickoff + "/progress", Map.of("status", "DONE", "revision", 1));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("task").get("status").asString()).isEqualTo("DONE");
        assertThat(done.json().get("task").get("percentComplete").asInt()).isEqualTo(100);

        var events = tap.awaitEvents(e -> rolloutId.equals(e.key())
                && e.type().matches(".*(status-changed|completed|achieved).*"), 3);
        assertThat(events).extracting(EventTap.WireEvent::type).containsExactly(
                "org.golive.planning.task.status-changed.v1",
                "org.golive.planning.task.completed.v1",
                "org.golive.planning.milestone.achieved.v1");
        assertThat(events.get(0).attributes()).containsEntry("actor", "dana.nurse");
        assertThat(EventTap.schemaViolations(events)).isEmpty();
    }

    @Test
    void aPlanOfTwoThousandTasksTravelsWholeInOneEventPastKafkasOneMegabyteDefault() {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Map<String, Object> task = new HashMap<>(Map.of("id", "task-" + i, "durationDays", 1,
                    "title", "Workflow validation session " + i + " for the perioperative, pharmacy and lab teams"
                            + " of the site, with the super users and the analysts"));
            task.put("goLiveOffsetDays", i == 0 ? -3000 : null);
            if (i > 0) {
                task.put("dependencies", List.of(Map.of("taskId", "task-" + (i - 1), "type", "FS")));
            }
            tasks.add(task);
        }
        var template = admin.post("/templates", Map.of("name", "Large vendor methodology", "publish", true,
                "content", Map.of("tasks", tasks)));
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        String rolloutId = rollout(GoLiveDates.mondayWeeksAhead(440).toString(), null);

        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId",
                template.json().get("id").asString())).status()).isEqualTo(201);

        EventTap.WireEvent instantiated = tap.awaitEvent(e -> rolloutId.equals(e.key())
                && e.type().endsWith(".plan.instantiated.v1"));
        assertThat(instantiated.data().length()).as("bytes of the event's data").isGreaterThan(1_048_576);
        assertThat(JSON.readTree(instantiated.data()).get("tasks").size()).isEqualTo(2_000);
    }
}
