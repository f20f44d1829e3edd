package org.golive.tracking;

import org.golive.contract.planning.CalendarChanged;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.StatusDateSet;
import org.golive.contract.planning.TaskMove;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The plan's status date and calendar changes from planning: a site's status is taken on the status date its project
 * manager set (unless another day is asked for), and the tasks a status date or a calendar moved show their new dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class PlanStatusDateIT {

    private static final LocalDate GO_LIVE = LocalDate.parse("2027-01-09");
    private static final LocalDate STATUS_DATE = LocalDate.parse("2026-11-10");
    private static final Instant NOW = Instant.parse("2026-11-10T16:00:00Z");

    @LocalServerPort
    int port;

    @Test
    void statusIsTakenOnThePlansStatusDateAndMovedTasksShowTheirNewDates() {
        String rolloutId = UUID.randomUUID().toString();
        String source = "/planning/rollouts/" + rolloutId;
        HttpJson admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        List<PlannedTask> tasks = List.of(task("t1", "2026-10-05", "2026-10-30"), task("t2", "2026-11-02",
                "2026-11-27"));
        List<Record> events = List.of(
                new RolloutCreated(rolloutId, "p-1", "Program", null, null, "Status-date site", "AMBULATORY_CLINIC", GO_LIVE,
                        null, 300, null, List.of(), NOW),
                new PlanInstantiated(rolloutId, "p-1", "template", "Standard", 1, GO_LIVE,
                        LocalDate.parse("2026-10-05"), LocalDate.parse("2026-11-27"), List.of("t1", "t2"), tasks, NOW),
                new StatusDateSet(rolloutId, STATUS_DATE, null, List.of(), List.of("t1", "t2"), 0,
                        LocalDate.parse("2026-11-27"), NOW),
                new CalendarChanged(rolloutId, "Standard", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
                        "FRIDAY"), "08:00-12:00,13:00-17:00", List.of(LocalDate.parse("2026-10-12")), List.of(),
                        "holidays.xml", List.of(new TaskMove("t1", LocalDate.parse("2026-10-05"),
                        LocalDate.parse("2026-10-30"), LocalDate.parse("2026-10-05"), LocalDate.parse("2026-11-12"))),
                        List.of("t1", "t2"), 0, LocalDate.parse("2026-11-27"), NOW));
        try (TestEvents sender = TestEvents.onTestInfrastructure()) {
            for (int i = 0; i < events.size(); i++) {
                sender.send(rolloutId, TestEvents.event(events.get(i), source, i + 1, rolloutId));
            }
        }

        JsonNode status = await().atMost(Duration.ofSeconds(30)).until(
                () -> admin.get("/rollouts/" + rolloutId + "/status"),
                r -> r.status() == 200 && r.json().get("statusDate").asString().equals(STATUS_DATE.toString())
                        && r.json().get("overdueTasks").isEmpty()).json();

        // t1 would be overdue on the status date at its old finish (30 Oct); the calendar moved it to 12 Nov.
        assertThat(status.get("overdueTasks")).isEmpty();
        JsonNode later = admin.get("/rollouts/" + rolloutId + "/status?asOf=2026-11-16").json();
        assertThat(later.get("statusDate").asString()).as("a day asked for wins").isEqualTo("2026-11-16");
        assertThat(later.at("/overdueTasks/0/taskId").asString()).isEqualTo("t1");
    }

    private static PlannedTask task(String id, String start, String finish) {
        return new PlannedTask(id, "1." + id, "Build", "Task " + id, LocalDate.parse(start), LocalDate.parse(finish),
                10, false, true, 0, null, "NOT_STARTED", 0, null, null, null, null, "PM", List.of(), List.of());
    }
}
