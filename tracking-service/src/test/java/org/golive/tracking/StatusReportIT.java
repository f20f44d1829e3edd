package org.golive.tracking;

import org.golive.contract.Topics;
import org.golive.contract.tracking.StatusReportPublished;
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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Weekly status reports through HTTP: one per rollout and week, version-checked edits, publication that freezes,
 * corrections as revisions, the published event on tracking's topic, and the trends. Today is Wednesday 25 November
 * 2026 (week 2026-W48) in every tracking IT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class StatusReportIT {

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 5);
    private static TestEvents events;

    @LocalServerPort
    int port;
    HttpJson pm;
    HttpJson viewer;
    String rolloutId;
    String programId;

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
        pm = http.withToken(TestTokens.forRoles("pm.report", "PROJECT_MANAGER"));
        viewer = http.as("VIEWER");
        rolloutId = UUID.randomUUID().toString();
        programId = "p-" + rolloutId;
        events.send(rolloutId, PortfolioEvents.rolloutCreated(rolloutId, programId, "Report General", "HOSPITAL",
                GO_LIVE, "pm.report"));
        events.send(rolloutId, PlanEvents.planInstantiated(rolloutId, programId, GO_LIVE, 2,
                PlanEvents.task("kickoff", "assess", null, "DONE"),
                PlanEvents.task("build", "design-build", "Build signed off", "NOT_STARTED")));
        await().atMost(Duration.ofSeconds(30)).until(() -> viewer.get("/rollouts/" + rolloutId + "/status")
                .status() == 200 && pm.get("/rollouts/" + rolloutId + "/status-reports").status() == 200
                && viewer.get("/readiness/rollouts/" + rolloutId).status() == 200);
    }

    private String reports() {
        return "/rollouts/" + rolloutId + "/status-reports";
    }

    private static Map<String, Object> draft(String week, String narrative) {
        return Map.of("week", week, "narrative", narrative,
                "risks", List.of(Map.of("title", "Lab interface vendor late", "owner", "Interface lead",
                        "impact", "HIGH", "mitigation", "Test on the stub")),
                "decisions", List.of(Map.of("decision", "Weekend overtime", "decider", "CIO",
                        "dueBy", "2026-11-27")));
    }

    @Test
    void aWeekHasOneReportWhoseDraftIsEditedWithTheVersionReadAndWhoseFiguresAreTakenOnItsFriday() {
        HttpJson.Reply drafted = pm.post(reports(), draft("2026-W47", "Kick-off done"));
        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.header("Location")).isEqualTo(reports() + "/2026-W47");
        JsonNode report = drafted.json();
        assertThat(report.get("state").asString()).isEqualTo("DRAFT");
        assertThat(report.get("weekStart").asString()).isEqualTo("2026-11-16");
        assertThat(report.get("figures").get("statusDate").asString()).isEqualTo("2026-11-20");
        assertThat(report.get("figures").get("readiness").get("rating").asString()).isEqualTo("NOT_READY");
        assertThat(report.get("figures").get("health").get("dimensions")).hasSize(4);
        assertThat(report.get("draftedBy").asString()).isEqualTo("pm.report");

        HttpJson.Reply second = pm.post(reports(), draft("2026-W47", "Again"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("2026-W47");
        assertThat(pm.post(reports(), draft("2026-W48", "This week")).json().get("figures").get("statusDate")
                .asString()).as("the week runs: figures of today").isEqualTo("2026-11-25");
        assertThat(pm.post(reports(), draft("2026-W49", "Next week")).status()).as("not begun").isEqualTo(422);
        assertThat(pm.post(reports(), draft("2026-W99", "No such week")).status()).isEqualTo(422);
        assertThat(pm.post(reports(), draft("week 5", "Not a week")).status()).isEqualTo(400);

        long version = report.get("version").asLong();
        Map<String, Object> edit = Map.of("version", version, "narrative", "Kick-off done; build starts in March",
                "risks", List.of(), "decisions", List.of());
        HttpJson.Reply edited = pm.put(reports() + "/2026-W47", edit);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("narrative").asString()).isEqualTo("Kick-off done; build starts in March");
        HttpJson.Reply stale = pm.put(reports() + "/2026-W47", edit);
        assertThat(stale.status()).as("the version read is stale").isEqualTo(409);
        assertThat(viewer.get(reports() + "/2026-W47").json().get("risks")).isEmpty();

        assertThat(pm.post(reports() + "/2026-W47/refresh", Map.of()).json().get("version").asLong())
                .isEqualTo(version + 2);
    }

    @Test
    void publishingFreezesTheReportPublishesASchemaValidEventAndACorrectionIsANewRevision() {
        long version = pm.post(reports(), draft("2026-W47", "Kick-off done")).json().get("version").asLong();
        try (EventTap tap = EventTap.onTestInfrastructure(Topics.TRACKING)) {
            HttpJson.Reply published = pm.post(reports() + "/2026-W47/publish", Map.of("version", version));
            assertThat(published.status()).isEqualTo(200);
            assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
            assertThat(published.json().get("revision").asInt()).isEqualTo(1);
            EventTap.WireEvent event = tap.awaitEvent(e -> e.type().equals(StatusReportPublished.TYPE)
                    && rolloutId.equals(e.key()));
            assertThat(event.data()).contains("\"week\":\"2026-W47\"", "\"revision\":1", "Kick-off done",
                    "\"publishedBy\":\"pm.report\"", "Lab interface vendor late");
            assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();

            long publishedVersion = published.json().get("version").asLong();
            assertThat(pm.put(reports() + "/2026-W47", Map.of("version", publishedVersion, "narrative", "Sneaky"))
                    .status()).as("a published report is not edited").isEqualTo(409);
            assertThat(pm.post(reports() + "/2026-W47/refresh", Map.of()).status()).isEqualTo(409);
            assertThat(pm.post(reports() + "/2026-W47/publish", Map.of("version", publishedVersion)).status())
                    .isEqualTo(409);

            HttpJson.Reply corrected = pm.post(reports() + "/2026-W47/corrections", Map.of("version",
                    publishedVersion, "reason", "The overtime decision was already taken",
                    "narrative", "Kick-off done", "risks", List.of(), "decisions", List.of()));
            assertThat(corrected.status()).isEqualTo(200);
            assertThat(corrected.json().get("revision").asInt()).isEqualTo(2);
            assertThat(corrected.json().get("history")).singleElement().satisfies(first -> {
                assertThat(first.get("revision").asInt()).isEqualTo(1);
                assertThat(first.get("content").get("decisions")).hasSize(1);
            });
            assertThat(corrected.json().get("figures")).as("figures stay frozen")
                    .isEqualTo(published.json().get("figures"));
            EventTap.WireEvent correction = tap.awaitEvent(e -> e.type().equals(StatusReportPublished.TYPE)
                    && rolloutId.equals(e.key()) && e.data().contains("\"revision\":2"));
            assertThat(correction.data()).contains("already taken");
            assertThat(EventTap.schemaViolations(List.of(correction))).isEmpty();
            assertThat(pm.post(reports() + "/2026-W47/corrections", Map.of("version", publishedVersion,
                    "reason", "again", "narrative", "x")).status()).as("stale version").isEqualTo(409);
        }

        JsonNode trends = viewer.get("/rollouts/" + rolloutId + "/trends").json();
        assertThat(trends.get("points")).singleElement().satisfies(point -> {
            assertThat(point.get("week").asString()).isEqualTo("2026-W47");
            assertThat(point.get("statusDate").asString()).isEqualTo("2026-11-20");
            assertThat(point.has("plannedPercent")).isTrue();
        });
    }

    @Test
    void reportsAreListedLatestWeekFirstAPageAtATimeAndByProgramWeek() {
        for (String week : List.of("2026-W45", "2026-W46", "2026-W47")) {
            pm.post(reports(), draft(week, "Week " + week));
        }
        JsonNode page = viewer.get(reports() + "?page=0&size=2").json();
        assertThat(page.get("reports").findValuesAsString("week")).containsExactly("2026-W47", "2026-W46");
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("links").get("next").asString()).isEqualTo("?page=1&size=2");
        assertThat(viewer.get(reports() + "?page=1&size=2").json().get("reports").findValuesAsString("week"))
                .containsExactly("2026-W45");
        assertThat(viewer.get(reports() + "?size=101").status()).isEqualTo(400);
        assertThat(viewer.get(reports() + "?page=-1").status()).isEqualTo(400);

        JsonNode program = viewer.get("/programs/" + programId + "/status-reports?week=2026-W46").json();
        assertThat(program.findValuesAsString("rolloutId")).containsExactly(rolloutId);
        assertThat(viewer.get("/programs/" + programId + "/status-reports?week=46").status()).isEqualTo(400);
        assertThat(new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles("pm.other",
                "PROJECT_MANAGER")).get("/programs/" + programId + "/status-reports?week=2026-W46").json())
                .as("another manager's rollouts are left out").isEmpty();
    }

    @Test
    void onlyTheRolloutsManagerOrThePmoWritesAndContributorsReadNoMoney() {
        HttpJson http = new HttpJson("http://localhost:" + port);
        HttpJson otherManager = http.withToken(TestTokens.forRoles("pm.other", "PROJECT_MANAGER"));
        assertThat(otherManager.post(reports(), draft("2026-W47", "Not mine")).status()).isEqualTo(403);
        assertThat(http.as("PMO_ADMIN").post(reports(), draft("2026-W47", "By the PMO")).status()).isEqualTo(201);
        assertThat(otherManager.get(reports() + "/2026-W47").status()).isEqualTo(403);

        JsonNode asContributor = http.as("CONTRIBUTOR").get(reports() + "/2026-W47").json();
        assertThat(asContributor.get("figures").get("earnedValue").isNull()).isTrue();
        assertThat(viewer.get(reports() + "/2026-W47").json().get("figures").get("earnedValue").isObject()).isTrue();

        assertThat(viewer.get(reports() + "/2026-W40").status()).isEqualTo(404);
        assertThat(viewer.get(reports() + "/W40").status()).isEqualTo(400);
        assertThat(viewer.get("/rollouts/unknown/status-reports").status()).isEqualTo(404);
        assertThat(http.as("PMO_ADMIN").post("/rollouts/unknown/status-reports", draft("2026-W47", "x")).status())
                .isEqualTo(404);
    }
}
