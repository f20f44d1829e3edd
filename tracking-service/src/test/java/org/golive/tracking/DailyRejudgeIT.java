package org.golive.tracking;

import org.golive.contract.Topics;
import org.golive.contract.planning.PlannedTask;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.tracking.health.DailyRejudge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The clock moves a day and nothing else happens: the daily re-judge turns a task that became overdue overnight into
 * health, lets readiness count once the site enters the GL-90 window, and records the day's point of the wave
 * comparison. Two instances re-judging at once change the colour once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class DailyRejudgeIT {

    @LocalServerPort
    int port;
    @Autowired
    TrackingTestConfiguration.MovableClock clock;
    @Autowired
    DailyRejudge rejudge;

    @AfterEach
    void today() {
        clock.reset();
        rejudge.run();
    }

    private static PlannedTask task(String id, String start, String finish, boolean critical, boolean done,
                                    int effort) {
        return new PlannedTask(id, "1", "build", id, LocalDate.parse(start), LocalDate.parse(finish), 5, false,
                critical, 0, null, done ? "DONE" : "NOT_STARTED", done ? 100 : 0,
                done ? LocalDate.parse(start) : null, done ? LocalDate.parse(finish) : null,
                BigDecimal.valueOf(effort), null, "Site Project Manager", List.of(), List.of());
    }

    @Test
    void aTaskOverdueOvernightAndTheReadinessWindowChangeHealthAtTheDailyRejudge() {
        HttpJson http = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        String programId = UUID.randomUUID().toString();
        String waveId = UUID.randomUUID().toString();
        String rolloutId = UUID.randomUUID().toString();
        LocalDate goLive = LocalDate.of(2027, 2, 24); // 91 days after 25 November 2026
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            events.send(rolloutId, TestEvents.event(new org.golive.contract.planning.RolloutCreated(rolloutId,
                    programId, "Program", waveId, "Wave", "Eastfield", "HOSPITAL", goLive, null, null, null,
                    List.of(), Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
            events.send(rolloutId, PortfolioIT.plan(rolloutId, programId, goLive,
                    task("done", "2026-11-02", "2026-11-06", false, true, 1000),
                    // due today: not overdue until tomorrow
                    task("due", "2026-11-19", "2026-11-25", true, false, 10)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/rollouts/" + rolloutId + "/health").status()
                == 200 && http.get("/portfolio/rollouts/" + rolloutId).json().hasNonNull("health"));
        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING, Topics.BUDGET));
        JsonNode before = http.get("/rollouts/" + rolloutId + "/health").json();
        assertThat(dimension(before, "SCHEDULE").get("colour").asString()).isEqualTo("GREEN");
        assertThat(dimension(before, "READINESS").get("colour").asString()).as("GL-91").isEqualTo("NO_DATA");

        clock.set(Instant.parse("2026-11-26T00:05:00Z"));
        // Two instances re-judge at the same moment (the cron fires in each): the colour changes once.
        try (EventTap tap = EventTap.onTestInfrastructure(Topics.TRACKING)) {
            CompletableFuture.allOf(CompletableFuture.runAsync(rejudge::run), CompletableFuture.runAsync(rejudge::run))
                    .join();
            Predicate<EventTap.WireEvent> overdueChange = e -> rolloutId.equals(e.key())
                    && e.type().equals("org.golive.tracking.health.changed.v1")
                    && e.data().contains("schedule.overdue-critical-tasks");
            tap.awaitEvent(overdueChange);
            assertThat(tap.drain(Duration.ofSeconds(2))).as("one health.changed from two re-judges at once")
                    .filteredOn(overdueChange).hasSize(1);
        }

        JsonNode after = http.get("/rollouts/" + rolloutId + "/health").json();
        assertThat(dimension(after, "SCHEDULE").get("colour").asString()).isEqualTo("AMBER");
        assertThat(dimension(after, "SCHEDULE").get("rule").asString()).isEqualTo("schedule.overdue-critical-tasks");
        assertThat(dimension(after, "READINESS").get("colour").asString()).as("GL-90").isNotEqualTo("NO_DATA");
        assertThat(http.get("/portfolio/rollouts/" + rolloutId).json().get("health").get("schedule").asString())
                .isEqualTo("AMBER");

        // The comparison: the two recorded days at GL-91 and GL-90, a derived past day, a future day planned only.
        JsonNode site = http.get("/waves/" + waveId + "/comparison?from=100&to=89&step=1").json()
                .get("sites").get(0);
        JsonNode points = site.get("points");
        assertThat(points.size()).isEqualTo(12);
        JsonNode gl91 = points.get(9);
        assertThat(gl91.get("daysToGoLive").asInt()).isEqualTo(91);
        assertThat(gl91.get("percentCompleteSource").asString()).isEqualTo("RECORDED");
        assertThat(gl91.get("percentComplete").decimalValue()).isEqualByComparingTo("99.0");
        assertThat(gl91.get("spi").decimalValue()).isEqualByComparingTo("0.9901");
        assertThat(points.get(10).get("date").asString()).isEqualTo("2026-11-26");
        assertThat(points.get(10).get("percentCompleteSource").asString()).isEqualTo("RECORDED");
        assertThat(points.get(10).get("readinessSource").asString()).isEqualTo("RECORDED");
        JsonNode gl100 = points.get(0);
        assertThat(gl100.get("date").asString()).isEqualTo("2026-11-16");
        assertThat(gl100.get("percentCompleteSource").asString()).isEqualTo("DERIVED");
        assertThat(gl100.get("percentComplete").decimalValue()).isEqualByComparingTo("99.0");
        JsonNode gl89 = points.get(11);
        assertThat(gl89.get("percentComplete").isNull()).as("the future").isTrue();
        assertThat(gl89.get("plannedPercentComplete").decimalValue()).isEqualByComparingTo("100.0");

        assertThat(http.get("/waves/" + waveId + "/comparison?step=0").status()).isEqualTo(400);
        assertThat(http.get("/waves/" + UUID.randomUUID() + "/comparison").status()).isEqualTo(404);
    }

    private static JsonNode dimension(JsonNode health, String name) {
        for (JsonNode dimension : health.get("dimensions")) {
            if (dimension.get("dimension").asString().equals(name)) {
                return dimension;
            }
        }
        throw new AssertionError("no dimension " + name);
    }
}
