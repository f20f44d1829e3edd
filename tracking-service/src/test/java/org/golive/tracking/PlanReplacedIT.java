package org.golive.tracking;

import io.cloudevents.CloudEvent;
import org.golive.contract.Topics;
import org.golive.contract.planning.BaselineSet;
import org.golive.contract.planning.PlanReplaced;
import org.golive.contract.planning.PlannedTask;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A site's plan replaced from a file, as tracking reads it from planning's events: the old tasks leave the status
 * (counts, percent complete, overdue, baseline: what earned value and health are computed from too), the new ones
 * count and feed the readiness criteria, and the replace delivered again, even after later progress, changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class PlanReplacedIT {

    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(20);
    private static final LocalDate TODAY = GoLiveDates.today();

    @LocalServerPort
    int port;

    private static PlannedTask task(String id, LocalDate start, LocalDate finish, String status, String criterion) {
        return new PlannedTask(id, "1", "build", "Task " + id, start, finish, 5, false, true, 0, null, status,
                "DONE".equals(status) ? 100 : 0, null, null, BigDecimal.TEN, criterion, "Site Project Manager",
                List.of(), List.of());
    }

    private static CloudEvent planning(Record data, String rolloutId, long sequence) {
        return TestEvents.event(data, "/planning/rollouts/" + rolloutId, sequence, rolloutId);
    }

    @Test
    void theOldTasksLeaveEveryFigureTheNewOnesCountAndARedeliveryChangesNothing() {
        String rolloutId = UUID.randomUUID().toString();
        String programId = UUID.randomUUID().toString();
        HttpJson admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        // The old plan: one task done, two overdue (finished a month ago on paper), a baseline.
        List<PlannedTask> old = List.of(
                task("1", TODAY.minusWeeks(10), TODAY.minusWeeks(9), "DONE", "Build signed off"),
                task("2", TODAY.minusWeeks(6), TODAY.minusWeeks(5), "NOT_STARTED", null),
                task("3", TODAY.minusWeeks(5), TODAY.minusWeeks(4), "NOT_STARTED", null));
        // The new plan: UID 1 again, now another task that is not started; two more, all ahead of today.
        List<PlannedTask> replacement = List.of(
                task("1", TODAY.plusWeeks(2), TODAY.plusWeeks(3), "NOT_STARTED", "Conversion validated"),
                task("4", TODAY.plusWeeks(3), TODAY.plusWeeks(4), "NOT_STARTED", null),
                task("5", TODAY.plusWeeks(4), TODAY.plusWeeks(5), "NOT_STARTED", null),
                task("6", TODAY.plusWeeks(5), TODAY.plusWeeks(6), "NOT_STARTED", null));
        Instant now = Instant.now();
        CloudEvent replaced = planning(new PlanReplaced(rolloutId, programId, "replan.xml", GO_LIVE,
                TODAY.plusWeeks(2), TODAY.plusWeeks(6), List.of("1", "4", "5", "6"), replacement,
                List.of("1", "2", "3"), List.of("Approved plan"), now), rolloutId, 4);
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            events.send(rolloutId, PortfolioEvents.rolloutCreated(rolloutId, programId, "Replan Hospital",
                    "HOSPITAL", GO_LIVE));
            events.send(rolloutId, PlanEvents.planInstantiated(rolloutId, programId, GO_LIVE, 2,
                    old.toArray(PlannedTask[]::new)));
            events.send(rolloutId, planning(new BaselineSet(rolloutId, "Approved plan", old.stream()
                    .map(t -> new BaselineSet.BaselineTask(t.taskId(), t.start(), t.finish())).toList(), now),
                    rolloutId, 3));
            JsonNode before = await().atMost(Duration.ofSeconds(30)).until(
                    () -> admin.get("/rollouts/" + rolloutId + "/status"),
                    r -> r.status() == 200 && "Approved plan".equals(r.json().get("baselineName").asString())).json();
            assertThat(before.get("overdueTasks").findValuesAsString("taskId")).containsExactly("2", "3");
            JsonNode criterion = await().atMost(Duration.ofSeconds(30)).until(
                    () -> criterion(admin, rolloutId, "Build signed off"), c -> c != null);
            assertThat(criterion.get("evidence").asString()).contains("(1)");

            events.send(rolloutId, replaced);
            events.send(rolloutId, replaced);
            // Progress on the new task 4 after the replace, then the replace a third time, late.
            events.send(rolloutId, PlanEvents.taskStatusChanged(rolloutId, "4", "NOT_STARTED", "DONE", 5));
            events.send(rolloutId, replaced);
            ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING));
        }

        JsonNode status = admin.get("/rollouts/" + rolloutId + "/status").json();
        assertThat(status.get("tasksByStatus").get("NOT_STARTED").asInt()).isEqualTo(3);
        assertThat(status.get("tasksByStatus").get("DONE").asInt()).as("task 4, not the old task 1").isEqualTo(1);
        assertThat(status.get("overdueTasks")).as("the old overdue tasks are gone").isEmpty();
        assertThat(status.get("baselineName").isNull()).as("the baseline went with the old plan").isTrue();
        assertThat(status.get("percentComplete").asDouble()).as("one of four equal tasks").isEqualTo(25.0);
        assertThat(criterion(admin, rolloutId, "Conversion validated").get("evidence").asString())
                .as("fed by the new plan's task 1").contains("0 of 1", "(1)");
    }

    private static JsonNode criterion(HttpJson admin, String rolloutId, String name) {
        var card = admin.get("/readiness/rollouts/" + rolloutId);
        if (card.status() != 200) {
            return null;
        }
        for (JsonNode criterion : card.json().get("criteria")) {
            if (criterion.get("name").asString().equals(name)) {
                return criterion;
            }
        }
        return null;
    }
}
