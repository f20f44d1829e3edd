package org.golive.tracking;

import io.micrometer.core.instrument.MeterRegistry;
import org.golive.contract.Topics;
import org.golive.platform.outbox.OutboxRelay;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class TrackingServiceIT {

    private static TestEvents events;

    @LocalServerPort
    int port;
    HttpJson http;
    @Autowired
    MeterRegistry meters;
    @Autowired
    OutboxRelay relay;

    @BeforeAll
    static void producer() {
        events = TestEvents.onTestInfrastructure();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @BeforeEach
    void client() {
        http = new HttpJson("http://localhost:" + port).as("VIEWER");
    }

    /**
     * The outbox relay's sweep (every 30 s, for marks lost to a crash) reads tracking's aggregates' collections, never
     * its read models: the task documents alone are two million at 1,000 rollouts of 2,000 tasks, and a sweep that
     * read them stalled the embedded server's worker for 5 to 17 s.
     */
    @Test
    void theOutboxSweepReadsTheAggregatesCollectionsNotTheReadModels() {
        assertThat(relay.sweptCollections()).contains("readiness_scorecards", "status_reports", "benefits_kpis",
                        "benefits_values", "rollout_health")
                .noneMatch(collection -> collection.startsWith("status_tasks") || collection.startsWith("status_plans")
                        || collection.startsWith("portfolio") || collection.startsWith("audit"));
    }

    @Test
    void thePortfolioListsEveryRolloutWithItsDaysToGoLiveAndBudgetAndCountsEachOnce() {
        String programId = UUID.randomUUID().toString();
        String hospital = UUID.randomUUID().toString();
        String clinic = UUID.randomUUID().toString();
        events.send(programId, PortfolioEvents.programCreated(programId, "Northwind", 1));
        events.send(programId, PortfolioEvents.waveCreated(programId, "w1", "Wave 1", 1, 2));
        // The budget event overtakes the rollout it belongs to: they travel on different topics.
        events.send(clinic, PortfolioEvents.budgetOpened(clinic, programId, 2027));
        events.send(hospital, PortfolioEvents.rolloutCreated(hospital, programId, "General", "HOSPITAL",
                LocalDate.of(2027, 5, 1)));
        var clinicCreated = PortfolioEvents.rolloutCreated(clinic, programId, "Lakeside", "AMBULATORY_CLINIC",
                LocalDate.of(2026, 12, 5));
        events.send(clinic, clinicCreated);
        events.send(clinic, clinicCreated);

        JsonNode portfolio = await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/portfolio?programId=" + programId).json(),
                        p -> p.get("rollouts").size() == 2 && p.get("rollouts").get(0).has("budget")
                                && !p.get("rollouts").get(0).get("budget").isNull()
                                && p.get("programs").size() == 1 && p.get("programs").get(0).get("waves").size() == 1);

        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING, Topics.BUDGET));
        portfolio = http.get("/portfolio?programId=" + programId).json();

        assertThat(portfolio.get("asOf").asString()).isEqualTo("2026-11-25");
        JsonNode first = portfolio.get("rollouts").get(0);
        assertThat(first.get("siteName").asString()).isEqualTo("Lakeside");
        assertThat(first.get("daysToGoLive").asLong()).isEqualTo(10);
        assertThat(first.get("budget").get("fiscalYear").asInt()).isEqualTo(2027);
        JsonNode second = portfolio.get("rollouts").get(1);
        // 25 Nov 2026 to 1 May 2027: 5 + 31 + 31 + 28 + 31 + 30 + 1 = 157 days.
        assertThat(second.get("daysToGoLive").asLong()).isEqualTo(157);

        JsonNode program = portfolio.get("programs").get(0);
        assertThat(program.get("name").asString()).isEqualTo("Northwind");
        assertThat(program.get("rolloutCount").asInt()).as("the duplicated event counted once").isEqualTo(2);
        assertThat(program.get("sitesByType").get("HOSPITAL").asInt()).isEqualTo(1);
        assertThat(program.get("sitesByType").get("AMBULATORY_CLINIC").asInt()).isEqualTo(1);

        assertThat(http.get("/portfolio/rollouts/" + hospital).json().get("siteType").asString()).isEqualTo("HOSPITAL");
        assertThat(http.get("/portfolio/rollouts/unknown").status()).isEqualTo(404);
    }

    @Test
    void aMovedGoLiveShowsItsNewDateAndHowOftenItMovedEvenWhenAMoveIsDeliveredTwice() {
        String programId = UUID.randomUUID().toString();
        String site = UUID.randomUUID().toString();
        events.send(site, PortfolioEvents.rolloutCreated(site, programId, "Harbor", "URGENT_CARE",
                LocalDate.of(2027, 3, 6)));
        var firstMove = PortfolioEvents.goLiveRescheduled(site, programId, LocalDate.of(2027, 3, 6),
                LocalDate.of(2027, 3, 20), 2);
        events.send(site, firstMove);
        events.send(site, firstMove);
        events.send(site, PortfolioEvents.goLiveRescheduled(site, programId, LocalDate.of(2027, 3, 20),
                LocalDate.of(2027, 4, 3), 3));

        JsonNode entry = await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/portfolio/rollouts/" + site),
                        r -> r.status() == 200 && r.json().get("goLiveDate").asString().equals("2027-04-03"))
                .json();

        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING, Topics.BUDGET));
        entry = http.get("/portfolio/rollouts/" + site).json();
        assertThat(entry.get("previousGoLiveDate").asString()).isEqualTo("2027-03-20");
        assertThat(entry.get("goLiveMoves").asInt()).as("the redelivered move counted once").isEqualTo(2);
        // 25 Nov 2026 to 3 Apr 2027: 5 + 31 + 31 + 28 + 31 + 3 = 129 days.
        assertThat(entry.get("daysToGoLive").asLong()).isEqualTo(129);
    }

    @Test
    void renamedProgramsWavesAndSitesShowAndASiteThatChangesTypeMovesBetweenTheCountsOnce() {
        String programId = UUID.randomUUID().toString();
        String site = UUID.randomUUID().toString();
        events.send(programId, PortfolioEvents.programCreated(programId, "Before", 1));
        events.send(programId, PortfolioEvents.waveCreated(programId, "w1", "Wave 1", 1, 2));
        events.send(site, PortfolioEvents.rolloutCreated(site, programId, "Old name", "HOSPITAL",
                LocalDate.of(2027, 6, 5)));
        var update = PortfolioEvents.rolloutUpdated(site, programId, "Eastside ED", "EMERGENCY_DEPARTMENT",
                "HOSPITAL", 2);
        events.send(site, update);
        events.send(site, update);
        events.send(programId, PortfolioEvents.programUpdated(programId, "After", 3));
        events.send(programId, PortfolioEvents.waveUpdated(programId, "w1", "Pilot", 4));

        JsonNode program = await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/portfolio?programId=" + programId).json(),
                        p -> p.get("programs").size() == 1 && p.get("programs").get(0).get("name").asString()
                                .equals("After") && p.get("rollouts").size() == 1
                                && p.get("rollouts").get(0).get("siteName").asString().equals("Eastside ED"))
                .get("programs").get(0);
        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING, Topics.BUDGET));
        program = http.get("/portfolio?programId=" + programId).json().get("programs").get(0);

        assertThat(program.get("waves").get(0).get("name").asString()).isEqualTo("Pilot");
        assertThat(program.get("sitesByType").get("HOSPITAL").asInt()).isZero();
        assertThat(program.get("sitesByType").get("EMERGENCY_DEPARTMENT").asInt())
                .as("the redelivered update counted once").isEqualTo(1);
    }

    @Test
    void aProjectManagersPortfolioHoldsTheRolloutsTheyManage() {
        String programId = UUID.randomUUID().toString();
        String north = UUID.randomUUID().toString();
        String lake = UUID.randomUUID().toString();
        events.send(north, PortfolioEvents.rolloutCreated(north, programId, "North", "HOSPITAL",
                LocalDate.of(2027, 2, 1), "pm.north"));
        events.send(lake, PortfolioEvents.rolloutCreated(lake, programId, "Lake", "HOSPITAL",
                LocalDate.of(2027, 2, 1), "pm.lake"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/portfolio?programId=" + programId).json().get("rollouts").size() == 2);
        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING, Topics.BUDGET));

        HttpJson pmNorth = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        JsonNode own = pmNorth.get("/portfolio?programId=" + programId).json().get("rollouts");
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).get("rolloutId").asString()).isEqualTo(north);
        assertThat(pmNorth.get("/portfolio/rollouts/" + north).status()).isEqualTo(200);
        assertThat(pmNorth.get("/portfolio/rollouts/" + lake).status()).as("guessing an id").isEqualTo(403);
    }

    @Test
    void countsCoverOnlyTheRolloutsTheCallerSeesAndBudgetsOnlyTheRolesTheBudgetApiServes() {
        String programId = UUID.randomUUID().toString();
        String north = UUID.randomUUID().toString();
        String lake = UUID.randomUUID().toString();
        events.send(programId, PortfolioEvents.programCreated(programId, "Scoped EHR", 1));
        events.send(north, PortfolioEvents.rolloutCreated(north, programId, "North", "HOSPITAL",
                LocalDate.of(2027, 2, 1), "pm.north"));
        events.send(lake, PortfolioEvents.rolloutCreated(lake, programId, "Lake", "AMBULATORY_CLINIC",
                LocalDate.of(2027, 2, 1), "pm.lake"));
        events.send(north, PortfolioEvents.budgetOpened(north, programId, 2027));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode portfolio = http.get("/portfolio?programId=" + programId).json();
            return portfolio.get("programs").size() == 1 && portfolio.get("rollouts").size() == 2
                    && http.get("/portfolio/rollouts/" + north).json().get("budgets").size() == 1;
        });

        JsonNode whole = http.get("/portfolio?programId=" + programId).json().get("programs").get(0);
        assertThat(whole.get("rolloutCount").asInt()).isEqualTo(2);
        JsonNode managers = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"))
                .get("/portfolio?programId=" + programId).json().get("programs").get(0);
        assertThat(managers.get("rolloutCount").asInt()).as("their rollouts, not the program's").isEqualTo(1);
        assertThat(managers.get("sitesByType").get("HOSPITAL").asInt()).isEqualTo(1);
        assertThat(managers.get("sitesByType").has("AMBULATORY_CLINIC")).isFalse();

        HttpJson viewer = http.withToken(TestTokens.forRoles("viewer", "VIEWER"));
        assertThat(viewer.get("/portfolio/rollouts/" + north).json().get("budgets").size()).isEqualTo(1);
        HttpJson contributor = http.withToken(TestTokens.forRoles("contributor", "CONTRIBUTOR"));
        JsonNode seenByContributor = contributor.get("/portfolio/rollouts/" + north).json();
        assertThat(seenByContributor.get("siteName").asString()).isEqualTo("North");
        assertThat(seenByContributor.path("budget").isNull() || seenByContributor.path("budget").isMissingNode())
                .as("no money for contributors").isTrue();
        assertThat(seenByContributor.path("budgets").isNull() || seenByContributor.path("budgets").isMissingNode())
                .isTrue();
        String contributorsPortfolio = contributor.get("/portfolio?programId=" + programId).body();
        assertThat(contributorsPortfolio).contains("North").doesNotContain("USD", "DRAFT", "fiscalYear");
    }

    @Autowired
    TrackingTestConfiguration.FinishedSpans spans;

    @Test
    void applyingAnEventContinuesTheTraceOfTheRequestThatCausedIt() {
        String rolloutId = UUID.randomUUID().toString();
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        events.send(rolloutId, PortfolioEvents.rolloutCreated(rolloutId, "p-trace", "Traced", "HOSPITAL",
                LocalDate.of(2027, 4, 3)), Map.of("traceparent", "00-" + traceId + "-b7ad6b7169203331-01"));

        await().atMost(Duration.ofSeconds(30)).until(() -> spans.spans.stream()
                .anyMatch(span -> span.traceId().equals(traceId) && span.kind().equals("CONSUMER")));
    }

    @Test
    void theAuditTrailOfARolloutListsEachEventOnceForThePmoOnly() {
        String rolloutId = UUID.randomUUID().toString();
        var created = PortfolioEvents.rolloutCreated(rolloutId, "p-audit", "Audited", "HOSPITAL",
                LocalDate.of(2027, 4, 3));
        events.send(rolloutId, created);
        events.send(rolloutId, created);
        events.send(rolloutId, PortfolioEvents.budgetOpened(rolloutId, "p-audit", 2027));
        HttpJson admin = http.withToken(TestTokens.forRoles("pmo", "PMO_ADMIN"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/audit?rolloutId=" + rolloutId).json().size() >= 2);
        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING, Topics.BUDGET));

        JsonNode trail = admin.get("/audit?rolloutId=" + rolloutId).json();
        assertThat(trail.size()).as("the redelivered event recorded once").isEqualTo(2);
        assertThat(trail.findValuesAsString("type")).containsExactlyInAnyOrder(
                "org.golive.planning.rollout.created.v1", "org.golive.budget.budget.opened.v1");
        assertThat(http.get("/audit?rolloutId=" + rolloutId).status()).as("a viewer").isEqualTo(403);
        assertThat(admin.get("/audit").status()).isEqualTo(422);
    }

    @Test
    void theAuditTrailOfAProgramListsItsOwnChanges() {
        String programId = UUID.randomUUID().toString();
        events.send(programId, PortfolioEvents.programCreated(programId, "Audited program", 1));
        events.send(programId, PortfolioEvents.waveCreated(programId, "w-audit", "Wave A", 1, 2));
        HttpJson admin = http.withToken(TestTokens.forRoles("pmo", "PMO_ADMIN"));

        JsonNode trail = await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/audit?programId=" + programId).json(), t -> t.size() == 2);

        assertThat(trail.findValuesAsString("type")).containsExactly(
                "org.golive.planning.program.created.v1", "org.golive.planning.wave.created.v1");
        assertThat(trail.findValuesAsString("subject")).containsOnly(programId);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheEventsBehindItStillApply() {
        String programId = UUID.randomUUID().toString();
        String rolloutId = UUID.randomUUID().toString();
        byte[] poison = "{not a cloud event".getBytes(StandardCharsets.UTF_8);
        double countedBefore = meters.get("golive.consumer.dead.letters").counter().count();
        try (EventTap deadLetters = EventTap.onTestInfrastructure("golive.tracking.dlt")) {
            events.sendGarbage(Topics.PLANNING, rolloutId, poison);
            events.send(rolloutId, PortfolioEvents.rolloutCreated(rolloutId, programId, "After the poison",
                    "URGENT_CARE", LocalDate.of(2027, 1, 1)));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> http.get("/portfolio/rollouts/" + rolloutId).status() == 200);
            EventTap.WireEvent deadLetter = deadLetters.awaitEvent(e -> rolloutId.equals(e.key()));
            assertThat(deadLetter.data()).isEqualTo(new String(poison, StandardCharsets.UTF_8));
        }
        // What operations alert on (GoliveDeadLetters): the record counted once it is on the dead-letter topic.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(meters.get("golive.consumer.dead.letters")
                .tag("topic", "golive.tracking.dlt").counter().count()).isEqualTo(countedBefore + 1));
    }
}
