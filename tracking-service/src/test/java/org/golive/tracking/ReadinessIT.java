package org.golive.tracking;

import org.golive.contract.Topics;
import org.golive.contract.tracking.GoNoGoDecided;
import org.golive.contract.tracking.ReadinessAssessed;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The readiness scorecard, go/no-go checkpoints and training figures through HTTP, fed by planning's events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class ReadinessIT {

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 5);
    private static TestEvents events;

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.golive.tracking.health.ReadinessScores scores;
    HttpJson pmo;
    HttpJson viewer;
    String rolloutId;

    @BeforeAll
    static void producer() {
        events = TestEvents.onTestInfrastructure();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @BeforeEach
    void aSiteWithAPlan() {
        HttpJson http = new HttpJson("http://localhost:" + port);
        pmo = http.withToken(TestTokens.forRoles("pmo", "PMO_ADMIN"));
        viewer = http.as("VIEWER");
        rolloutId = UUID.randomUUID().toString();
        events.send(rolloutId, PortfolioEvents.rolloutCreated(rolloutId, "p-ready", "Ready General", "HOSPITAL",
                GO_LIVE, "pm.ready"));
        events.send(rolloutId, PlanEvents.planInstantiated(rolloutId, "p-ready", GO_LIVE, 2,
                PlanEvents.task("device-install", "design-build", "Devices installed and tested", "NOT_STARTED"),
                PlanEvents.task("build-complete", "design-build", "Build signed off", "DONE"),
                PlanEvents.task("end-user-training", "train", "End users trained (90%)", "NOT_STARTED"),
                PlanEvents.task("kickoff", "assess", null, "DONE")));
        await().atMost(Duration.ofSeconds(30)).until(() -> viewer.get(scorecard()).status() == 200);
    }

    private String scorecard() {
        return "/readiness/rollouts/" + rolloutId;
    }

    private static JsonNode criterion(JsonNode card, String id) {
        for (JsonNode c : card.get("criteria")) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + id);
    }

    @Test
    void thePlanSeedsTheScorecardAndATaggedTaskDoneMeetsItsCriterionOnceEvenWhenRedelivered() {
        JsonNode card = viewer.get(scorecard()).json();
        assertThat(criterion(card, "build-signed-off").get("status").asString()).isEqualTo("MET");
        assertThat(criterion(card, "devices-installed").get("status").asString()).isEqualTo("NOT_MET");
        assertThat(card.get("gated").asBoolean()).isTrue();
        // One critical criterion of 20 met (build signed off, weight 3 of 50): 6.0, under the gate's cap of 50.
        assertThat(card.get("score").decimalValue()).isEqualByComparingTo("6.0")
                .isEqualByComparingTo(card.get("rawScore").decimalValue());
        assertThat(card.get("rating").asString()).isEqualTo("NOT_READY");
        assertThat(scores.score(rolloutId)).as("what health reads").hasValueSatisfying(
                score -> assertThat(score).isEqualByComparingTo("6.0"));
        assertThat(scores.score("no-plan-yet")).isEmpty();
        assertThat(card.get("checkpoints").findValuesAsString("date")).containsExactly("2027-05-06", "2027-05-29");

        var done = PlanEvents.taskStatusChanged(rolloutId, "device-install", "NOT_STARTED", "DONE", 3);
        events.send(rolloutId, done);
        events.send(rolloutId, done);
        await().atMost(Duration.ofSeconds(30)).until(() -> criterion(viewer.get(scorecard()).json(),
                "devices-installed").get("status").asString().equals("MET"));
        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING));

        JsonNode history = viewer.get(scorecard() + "/history").json();
        assertThat(history.findValuesAsString("cause")).as("the redelivered event counted once")
                .containsExactly("PLAN", "TASK_PROGRESS");
    }

    @Test
    void anAssessmentIsKeptPublishedAndRefusedForUnknownCriteriaBadValuesAndOtherManagers() {
        try (EventTap tap = EventTap.onTestInfrastructure(Topics.TRACKING)) {
            HttpJson.Reply assessed = pmo.put(scorecard() + "/criteria/support-model/assessment",
                    Map.of("attainment", 100, "evidence", "Runbook v2 signed", "note", "IT ops walkthrough"));
            assertThat(assessed.status()).isEqualTo(200);
            assertThat(assessed.json().get("status").asString()).isEqualTo("MET");

            EventTap.WireEvent event = tap.awaitEvent(e -> e.type().equals(ReadinessAssessed.TYPE)
                    && rolloutId.equals(e.key()) && e.data().contains("ASSESSMENT"));
            assertThat(event.data()).contains("support-model", "\"assessedBy\":\"pmo\"");
            assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();
        }
        JsonNode last = viewer.get(scorecard() + "/history").json();
        assertThat(last.get(last.size() - 1).get("note").asString()).isEqualTo("IT ops walkthrough");

        assertThat(pmo.put(scorecard() + "/criteria/no-such/assessment", Map.of("attainment", 5)).status())
                .isEqualTo(404);
        assertThat(pmo.put("/readiness/rollouts/unknown/criteria/support-model/assessment",
                Map.of("attainment", 5)).status()).isEqualTo(404);
        assertThat(viewer.get("/readiness/rollouts/unknown").status()).isEqualTo(404);
        assertThat(pmo.put(scorecard() + "/criteria/support-model/assessment", Map.of("attainment", 101))
                .status()).isIn(400, 422);
        HttpJson otherManager = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("pm.other", "PROJECT_MANAGER"));
        assertThat(otherManager.put(scorecard() + "/criteria/support-model/assessment", Map.of("attainment", 5))
                .status()).isEqualTo(403);
        HttpJson ownManager = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("pm.ready", "PROJECT_MANAGER"));
        assertThat(ownManager.put(scorecard() + "/criteria/issue-triage/assessment", Map.of("attainment", 100))
                .status()).isEqualTo(200);
    }

    @Test
    void trainingFiguresByApiAndCsvFeedTheTrainingCriteriaAndBadRowsAreReportedByLine() {
        HttpJson.Reply put = pmo.put("/training/rollouts/" + rolloutId + "/role-groups/Physicians", Map.of(
                "usersToTrain", 20, "trained", 20, "passedProficiency", 19, "superUsers", 2, "shiftsToCover", 1,
                "shiftsCovered", 1));
        assertThat(put.status()).isEqualTo(200);
        assertThat(pmo.put("/training/rollouts/" + rolloutId + "/role-groups/Physicians", Map.of(
                "usersToTrain", 20, "trained", 21, "passedProficiency", 0, "superUsers", 0, "shiftsToCover", 0,
                "shiftsCovered", 0)).status()).as("more trained than to train").isEqualTo(422);

        String csv = """
                user_id,role_group,status,proficiency,super_user,shift
                n1,Nursing,COMPLETED,PASSED,yes,DAY
                n2,Nursing,COMPLETED,PASSED,no,NIGHT
                n3,Nursing,SOMEDAY,,no,DAY
                n4,Nursing,COMPLETED,FAILED,no,NIGHT
                """;
        HttpJson.Reply imported = pmo.send(HttpRequest.newBuilder(pmo.uri("/training/rollouts/" + rolloutId
                + "/import")).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(imported.status()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.get("accepted").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").get(0).get("column").asString()).isEqualTo("status");
        // Nursing 3 of 3 trained, Physicians 20 of 20: 23 of 23; proficiency 21 of 23 = 91%.
        JsonNode training = report.get("training");
        assertThat(training.get("trainedPercent").asInt()).isEqualTo(100);
        assertThat(training.get("proficiencyPercent").asInt()).isEqualTo(91);

        JsonNode card = viewer.get(scorecard()).json();
        assertThat(criterion(card, "end-users-trained").get("attainment").asInt()).isEqualTo(100);
        assertThat(criterion(card, "proficiency").get("status").asString()).isEqualTo("MET");
        assertThat(criterion(card, "shift-coverage").get("attainment").asInt()).as("night uncovered: 2 of 3")
                .isEqualTo(66);

        HttpJson.Reply garbage = pmo.send(HttpRequest.newBuilder(pmo.uri("/training/rollouts/" + rolloutId
                + "/import")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("user_id,role_group,status\n\"open,Nursing,DONE\n")));
        assertThat(garbage.status()).isEqualTo(200);
        assertThat(garbage.json().get("rejected").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(pmo.send(HttpRequest.newBuilder(pmo.uri("/training/rollouts/unknown/import"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv))).status())
                .isEqualTo(404);
    }

    @Test
    void thePanelVotesAndItsDecisionIsRecordedOncePublishedWithTheScorecardStateItWasTakenOn() {
        String gl7 = scorecard() + "/checkpoints/GL-7";
        assertThat(pmo.put(gl7 + "/panel", Map.of("members", List.of("cmio", "cno", "cio"), "chair", "cmio"))
                .status()).isEqualTo(200);
        HttpJson base = new HttpJson("http://localhost:" + port);
        HttpJson cmio = base.withToken(TestTokens.forRoles("cmio", "VIEWER"));
        HttpJson cno = base.withToken(TestTokens.forRoles("cno", "CONTRIBUTOR"));
        HttpJson stranger = base.withToken(TestTokens.forRoles("stranger", "VIEWER"));

        assertThat(stranger.post(gl7 + "/votes", Map.of("vote", "GO")).status()).isEqualTo(403);
        assertThat(pmo.post(gl7 + "/votes", Map.of("vote", "GO", "member", "stranger")).status()).isEqualTo(422);
        assertThat(cno.post(gl7 + "/votes", Map.of("vote", "GO", "member", "cio")).status())
                .as("a member recording another's vote").isEqualTo(403);
        assertThat(cmio.post(gl7 + "/votes", Map.of("vote", "GO")).status()).isEqualTo(200);
        assertThat(cmio.post(gl7 + "/decision", Map.of("outcome", "GO")).status()).as("1 of 3 voted")
                .isEqualTo(422);
        assertThat(cno.post(gl7 + "/votes", Map.of("vote", "GO_WITH_CONDITIONS", "comment", "Retest pharmacy"))
                .status()).isEqualTo(200);
        assertThat(pmo.post(gl7 + "/votes", Map.of("vote", "NO_GO", "member", "cio", "comment", "Not yet"))
                .status()).isEqualTo(200);
        assertThat(stranger.post(gl7 + "/decision", Map.of("outcome", "NO_GO")).status()).isEqualTo(403);
        assertThat(cmio.post(gl7 + "/decision", Map.of("outcome", "GO")).status()).as("critical criteria failing")
                .isEqualTo(422);

        try (EventTap tap = EventTap.onTestInfrastructure(Topics.TRACKING)) {
            HttpJson.Reply decided = cmio.post(gl7 + "/decision", Map.of("outcome", "GO_WITH_CONDITIONS",
                    "conditions", List.of("Conversion reconciled by GL-3"), "rationale", "Panel split"));
            assertThat(decided.status()).isEqualTo(201);
            JsonNode decision = decided.json().get("decision");
            int revision = viewer.get(scorecard()).json().get("revision").asInt();
            assertThat(decision.get("scorecardRevision").asInt()).isEqualTo(revision);
            assertThat(decision.get("rating").asString()).isEqualTo("NOT_READY");

            EventTap.WireEvent event = tap.awaitEvent(e -> e.type().equals(GoNoGoDecided.TYPE)
                    && rolloutId.equals(e.key()));
            assertThat(event.data()).contains("\"checkpoint\":\"GL-7\"", "\"checkpointDate\":\"2027-05-29\"",
                    "\"member\":\"cio\"", "\"vote\":\"NO_GO\"");
            assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();
        }
        assertThat(pmo.post(gl7 + "/decision", Map.of("outcome", "NO_GO")).status()).isEqualTo(409);
        assertThat(cno.post(gl7 + "/votes", Map.of("vote", "GO")).status()).isEqualTo(409);
        assertThat(pmo.post(scorecard() + "/checkpoints/GL-99/decision", Map.of("outcome", "NO_GO")).status())
                .isEqualTo(404);
        assertThat(pmo.post(scorecard() + "/checkpoints", Map.of("name", "GL-60", "daysBeforeGoLive", 60))
                .json().get("date").asString()).isEqualTo("2027-04-06");
        assertThat(pmo.post(scorecard() + "/checkpoints", Map.of("name", "GL-60", "daysBeforeGoLive", 60))
                .status()).isEqualTo(409);
    }
}
