package org.golive.planning;

import org.golive.testsupport.GoLiveDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hour-level tasks through the task API, and the standard template's cutover runbook through
 * {@code GET /rollouts/{id}/cutover}. Go-live on a Monday some weeks ahead: the cutover runs through the night before.
 */
class CutoverIT extends PlanningServiceHarness {

    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(30);

    private String rollout;
    private String tasks;

    @BeforeEach
    void planWithTheStandardTemplate() {
        var template = admin.postRaw("/templates", SitePlanIT.standardTemplate());
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        String rolloutId = RolloutFixtures.newRollout(admin, "Cutover " + UUID.randomUUID(),
                Map.of("siteName", "Harbor Hospital", "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString()));
        var plan = admin.post("/rollouts/" + rolloutId + "/plan",
                Map.of("templateId", template.json().get("id").asString()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        rollout = "/rollouts/" + rolloutId;
        tasks = rollout + "/plan/tasks";
    }

    private static Map<String, Object> task(String title, Object... more) {
        Map<String, Object> task = new HashMap<>(Map.of("title", title));
        for (int i = 0; i < more.length; i += 2) {
            task.put((String) more[i], more[i + 1]);
        }
        return task;
    }

    /** The day {@code days} after the go-live (GL+days, negative before), at {@code time}. */
    private static String at(int days, String time) {
        return GO_LIVE.plusDays(days) + "T" + time;
    }

    @Test
    void anHourTaskIsScheduledOnTheWorkingHoursAndReadBack() {
        var first = admin.post(tasks, task("Interface smoke test", "duration", "3h",
                "startNoEarlierThan", GO_LIVE.minusDays(35).toString()));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String firstId = first.json().get("task").get("id").asString();
        var second = admin.post(tasks, task("Printer sweep", "duration", "4h", "dependencies",
                List.of(Map.of("taskId", firstId, "type", "FS", "lag", "2h"))));
        assertThat(second.status()).as(second.body()).isEqualTo(201);

        JsonNode read = admin.get(tasks + "/" + second.json().get("task").get("id").asString()).json();
        // 08:00-11:00, two working hours of lag (11-12, 13-14), then four: 14:00-17:00 and 08:00-09:00.
        assertThat(read.get("duration").asString()).isEqualTo("4h");
        assertThat(read.get("durationDays").asInt()).isZero();
        assertThat(read.get("milestone").asBoolean()).isFalse();
        assertThat(read.get("dependencies").get(0).get("lag").asString()).isEqualTo("2h");
        assertThat(read.get("startTime").asString()).isEqualTo(at(-35, "14:00:00"));
        assertThat(read.get("finishTime").asString()).isEqualTo(at(-34, "09:00:00"));
        assertThat(read.get("start").asString()).isEqualTo(GO_LIVE.minusDays(35).toString());
        assertThat(read.get("finish").asString()).isEqualTo(GO_LIVE.minusDays(34).toString());
    }

    @Test
    void badDurationsLagsAndCalendarsAreRefusedNamingTheField() {
        var duration = admin.post(tasks, task("X", "duration", "4 hours"));
        assertThat(duration.status()).isEqualTo(422);
        assertThat(duration.json().get("errors").get("duration").asString()).contains("4 hours");

        var calendar = admin.post(tasks, task("X", "duration", "4h", "calendar", "nights"));
        assertThat(calendar.status()).isEqualTo(422);
        assertThat(calendar.json().get("errors").get("calendar").asString()).contains("nights", "24-hours");

        var lag = admin.post(tasks, task("X", "durationDays", 1, "dependencies",
                List.of(Map.of("taskId", "kickoff", "type", "FS", "lag", "3 weeks"))));
        assertThat(lag.status()).isEqualTo(422);
        assertThat(lag.json().get("errors").has("dependencies")).isTrue();

        var neither = admin.post(tasks, task("X"));
        assertThat(neither.status()).isEqualTo(422);
        assertThat(neither.json().get("errors").has("durationDays")).isTrue();
    }

    @Test
    void theCutoverRunbookListsTheGoLiveWindowByTheHourWithOwnersCheckpointsAndDowntime() {
        var answer = admin.get(rollout + "/cutover");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode runbook = answer.json();

        assertThat(runbook.get("window").get("from").asString()).isEqualTo(at(-2, "00:00:00"));
        assertThat(runbook.get("window").get("to").asString()).isEqualTo(at(3, "00:00:00"));
        Map<String, JsonNode> steps = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode step : runbook.get("steps")) {
            steps.put(step.get("taskId").asString(), step);
            order.add(step.get("taskId").asString());
        }
        assertThat(steps.get("downtime-window").get("start").asString()).isEqualTo(at(-1, "22:00:00"));
        assertThat(steps.get("downtime-window").get("finish").asString()).isEqualTo(at(0, "06:00:00"));
        assertThat(steps.get("downtime-window").get("kind").asString()).isEqualTo("DOWNTIME");
        assertThat(steps.get("conversion-load").get("start").asString()).isEqualTo(at(0, "02:00:00"));
        assertThat(steps.get("conversion-load").get("responsible").get(0).asString())
                .isEqualTo("Data Conversion Analyst");
        assertThat(steps.get("go-no-go-call").get("start").asString()).isEqualTo(at(0, "05:30:00"));
        assertThat(steps.get("go-no-go-call").get("kind").asString()).isEqualTo("CHECKPOINT");
        assertThat(steps.get("go-no-go-call").get("accountable").asString()).isEqualTo("Executive Sponsor");
        assertThat(steps.get("rollback-closes").get("start").asString()).isEqualTo(at(1, "08:00:00"));
        assertThat(order).containsSubsequence("cutover-briefing", "downtime-window", "final-extract",
                "conversion-load", "conversion-validation", "go-no-go-call", "ehr-activation", "back-entry",
                "day-one-review", "rollback-closes");
        assertThat(order).as("nothing ends before the window").doesNotContain("kickoff", "pre-load");
        assertThat(runbook.get("checkpoints")).extracting(step -> step.get("taskId").asString())
                .contains("go-no-go-call", "rollback-closes");
        assertThat(runbook.get("downtime")).extracting(step -> step.get("taskId").asString())
                .containsExactly("downtime-window");
    }

    @Test
    void aRolloutWithoutAPlanHasNoRunbook() {
        String other = RolloutFixtures.newRollout(admin, "No plan " + UUID.randomUUID(),
                Map.of("siteName", "Quay Hospital", "siteType", "HOSPITAL", "goLiveDate",
                        GO_LIVE.plusWeeks(4).toString()));

        assertThat(admin.get("/rollouts/" + other + "/cutover").status()).isEqualTo(404);
    }
}
