package org.golive.tracking;

import org.golive.contract.Topics;
import org.golive.contract.planning.PlannedTask;
import org.golive.testsupport.ConsumerLag;
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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portfolio filtered, sorted and paged on the server, from figures kept by every health judgement. Today is
 * 25 November 2026; readiness counts from GL-90 (the default rules).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class PortfolioIT {

    private static TestEvents events;
    private static String programId;
    private static String red;
    private static String amber;
    private static String green;
    private static String unplanned;

    @LocalServerPort
    int port;
    HttpJson http;

    @BeforeAll
    static void fourSites() {
        events = TestEvents.onTestInfrastructure();
        programId = UUID.randomUUID().toString();
        red = UUID.randomUUID().toString();
        amber = UUID.randomUUID().toString();
        green = UUID.randomUUID().toString();
        unplanned = UUID.randomUUID().toString();
        events.send(programId, PortfolioEvents.programCreated(programId, "Portfolio " + programId, 1));
        site(red, "Northwind General", "w1", LocalDate.of(2027, 1, 15), "pm.red",
                // three critical tasks overdue: schedule red
                task("r1", "build", "2026-11-02", "2026-11-06", true, "NOT_STARTED", 0),
                task("r2", "build", "2026-11-09", "2026-11-13", true, "NOT_STARTED", 0),
                task("r3", "test", "2026-11-16", "2026-11-20", true, "NOT_STARTED", 0));
        site(amber, "Lakeside Clinic", "w1", LocalDate.of(2027, 3, 1), null,
                // SPI 0.95 (green) but one critical task overdue: amber; 95 % complete
                task("a1", "build", "2026-11-02", "2026-11-06", false, "DONE", 100),
                task("a2", "test", "2026-11-16", "2026-11-20", true, "IN_PROGRESS", 90));
        site(green, "North Shore", "w2", LocalDate.of(2027, 6, 1), null,
                task("g1", "build", "2026-11-02", "2026-11-06", false, "DONE", 100),
                task("g2", "train", "2026-11-09", "2026-11-13", false, "DONE", 100));
        events.send(unplanned, PortfolioEvents.rolloutCreated(unplanned, programId, "Hillside", "HOSPITAL",
                LocalDate.of(2027, 9, 1)));
    }

    private static void site(String rolloutId, String name, String waveId, LocalDate goLive, String manager,
                             PlannedTask... tasks) {
        events.send(rolloutId, TestEvents.event(new org.golive.contract.planning.RolloutCreated(rolloutId, programId,
                "Program", waveId, "Wave " + waveId, name, "HOSPITAL", goLive, null, null, manager, List.of(),
                java.time.Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
        events.send(rolloutId, plan(rolloutId, programId, goLive, tasks));
    }

    /** A plan whose critical path is the tasks flagged critical (tracking reads criticality from the path). */
    static io.cloudevents.CloudEvent plan(String rolloutId, String programId, LocalDate goLive,
                                          PlannedTask... tasks) {
        List<String> criticalPath = java.util.Arrays.stream(tasks).filter(PlannedTask::critical)
                .map(PlannedTask::taskId).toList();
        return TestEvents.event(new org.golive.contract.planning.PlanInstantiated(rolloutId, programId, "tpl",
                "Standard EHR", 1, goLive, goLive.minusDays(180), goLive.plusDays(30), criticalPath, List.of(tasks),
                java.time.Instant.now()), "/planning/rollouts/" + rolloutId, 2, rolloutId);
    }

    static PlannedTask task(String id, String phase, String start, String finish, boolean critical, String status,
                            int percent) {
        boolean done = "DONE".equals(status);
        return new PlannedTask(id, "1", phase, id, LocalDate.parse(start), LocalDate.parse(finish), 5, false,
                critical, 0, null, status, percent, done ? LocalDate.parse(start) : null,
                done ? LocalDate.parse(finish) : null, BigDecimal.TEN, null, "Site Project Manager", List.of(),
                List.of());
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @BeforeEach
    void client() {
        http = new HttpJson("http://localhost:" + port).as("VIEWER");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode rollouts = http.get("/portfolio?programId=" + programId).json().get("rollouts");
            return rollouts.size() == 4 && rollouts.valueStream().allMatch(r -> r.hasNonNull("health"));
        });
        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING, Topics.BUDGET));
    }

    private List<String> ids(String query) {
        JsonNode page = http.get("/portfolio?programId=" + programId + query).json();
        List<String> ids = new ArrayList<>();
        page.get("rollouts").forEach(r -> ids.add(r.get("rolloutId").asString()));
        return ids;
    }

    @Test
    void everyRolloutCarriesItsHealthPhaseProgressAndIndices() {
        JsonNode entry = http.get("/portfolio/rollouts/" + amber).json();
        assertThat(entry.get("health").get("overall").asString()).isEqualTo("AMBER");
        assertThat(entry.get("health").get("schedule").asString()).isEqualTo("AMBER");
        assertThat(entry.get("health").get("readiness").asString()).as("96 days out: outside GL-90")
                .isEqualTo("NO_DATA");
        assertThat(entry.get("phase").asString()).isEqualTo("test");
        assertThat(entry.get("percentComplete").decimalValue()).isEqualByComparingTo("95.0");
        assertThat(entry.get("spi").decimalValue()).isEqualByComparingTo("0.95");
        assertThat(entry.get("daysToGoLive").asInt()).isEqualTo(96);
        JsonNode done = http.get("/portfolio/rollouts/" + green).json();
        assertThat(done.get("phase").asString()).isEqualTo("DONE");
        assertThat(done.get("health").get("overall").asString()).isEqualTo("GREEN");
        assertThat(http.get("/portfolio/rollouts/" + unplanned).json().get("health").get("overall").asString())
                .isEqualTo("NO_DATA");
    }

    @Test
    void filtersByHealthWaveTextAndGoLiveWindow() {
        assertThat(ids("&health=RED")).containsExactly(red);
        assertThat(ids("&health=NO_DATA&health=GREEN")).containsExactly(green, unplanned);
        assertThat(ids("&waveId=w2")).containsExactly(green);
        assertThat(ids("&q=NORTH")).containsExactly(red, green);
        assertThat(ids("&goLiveFrom=2027-02-01&goLiveTo=2027-06-01")).containsExactly(amber, green);
        assertThat(ids("&phase=test")).containsExactly(amber);
    }

    @Test
    void sortsByAnyColumnWithNameAndIdBreakingTies() {
        assertThat(ids("")).as("by go-live").containsExactly(red, amber, green, unplanned);
        assertThat(ids("&sort=health,desc")).containsExactly(red, amber, green, unplanned);
        assertThat(ids("&sort=percentComplete,desc")).as("ties by site name")
                .containsExactly(green, amber, unplanned, red);
        assertThat(ids("&sort=daysToGoLive,desc")).containsExactly(unplanned, green, amber, red);
        assertThat(ids("&sort=siteName")).containsExactly(unplanned, amber, green, red);
    }

    @Test
    void pagesCarryTheirTotalAndRelativeLinks() {
        JsonNode page = http.get("/portfolio?programId=" + programId + "&sort=siteName&size=3&page=0").json();
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("rollouts").size()).isEqualTo(3);
        String next = page.get("links").get("next").asString();
        assertThat(next).isEqualTo("?programId=" + programId + "&sort=siteName%2Casc&page=1&size=3");
        assertThat(page.get("links").get("prev").isNull()).isTrue();

        JsonNode second = http.get("/portfolio" + next).json();
        assertThat(second.get("rollouts").size()).isEqualTo(1);
        assertThat(second.get("rollouts").get(0).get("rolloutId").asString()).isEqualTo(red);
        assertThat(second.get("links").get("next").isNull()).isTrue();
        assertThat(http.get("/portfolio?programId=" + programId + "&page=9").json().get("rollouts").size())
                .as("a page past the last is empty").isZero();
    }

    @Test
    void badParametersAre400NamingThem() {
        for (String bad : List.of("sise=3", "size=501", "health=PURPLE", "sort=beds", "goLiveFrom=2027-02-30",
                "page=-1")) {
            HttpJson.Reply reply = http.get("/portfolio?" + bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.json().get("errors").has(bad.substring(0, bad.indexOf('=')))).as(bad).isTrue();
        }
    }

    @Test
    void aManagerPagesThroughTheirOwnAndAContributorSeesNoMoney() {
        HttpJson pm = http.withToken(TestTokens.forRoles("pm.red", "PROJECT_MANAGER"));
        JsonNode own = pm.get("/portfolio?programId=" + programId).json();
        assertThat(own.get("total").asInt()).isEqualTo(1);
        assertThat(own.get("programs").get(0).get("rolloutCount").asInt()).isEqualTo(1);

        HttpJson contributor = http.as("CONTRIBUTOR");
        JsonNode entry = contributor.get("/portfolio/rollouts/" + amber).json();
        assertThat(entry.get("cpi").isNull()).isTrue();
        assertThat(entry.get("budgetBurn").isNull()).isTrue();
        assertThat(entry.get("spi").decimalValue()).isEqualByComparingTo("0.95");
        assertThat(contributor.get("/portfolio?sort=budgetBurn").status()).isEqualTo(400);
    }
}
