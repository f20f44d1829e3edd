package org.golive.planning;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.MspdiCalendarFiles;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's calendars and its plan's status date through the API: a calendar-only MS Project file imported into the
 * site's calendar, a named night-shift calendar a task works on, the status date; each reschedules the plan and is
 * published.
 */
class SiteCalendarIT extends PlanningServiceHarness {

    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    private final LocalDate goLive = GoLiveDates.mondayWeeksAhead(30);
    private String rolloutId;
    private String rollout;
    private HttpJson pm;

    @BeforeEach
    void plannedRollout() {
        pm = new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles("pm.calendar", "PROJECT_MANAGER"));
        var template = admin.postRaw("/templates", SitePlanIT.standardTemplate());
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        rolloutId = RolloutFixtures.newRollout(admin, "Calendars " + UUID.randomUUID(), Map.of("siteName",
                "Calendar Hospital", "siteType", "HOSPITAL", "goLiveDate", goLive.toString(),
                "projectManager", "pm.calendar"));
        rollout = "/rollouts/" + rolloutId;
        var plan = admin.post(rollout + "/plan", Map.of("templateId", template.json().get("id").asString()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    }

    @Test
    void aCalendarOnlyFileBecomesTheSitesCalendarAndTheWorkMovesAcrossItsHolidays() {
        JsonNode first = firstTask();
        LocalDate holiday = LocalDate.parse(first.get("start").asString());

        var imported = importCalendar("Standard", calendarOnlyFile(holiday), version(), "holidays.xml");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode calendar = imported.json().get("calendar");
        assertThat(calendar.get("name").asString()).isEqualTo("Standard");
        assertThat(calendar.get("workingTimes").asString()).isEqualTo("07:00-15:30");
        assertThat(texts(calendar.get("holidays"))).contains(holiday.toString());
        assertThat(moved(imported.json())).containsKey(first.get("id").asString());
        JsonNode plan = admin.get(rollout + "/plan").json();
        assertThat(texts(plan.get("calendar").get("holidays"))).contains(holiday.toString());
        assertThat(task(plan, first.get("id").asString()).get("start").asString()).isNotEqualTo(holiday.toString());

        var event = tap.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().endsWith(".calendar.changed.v1"));
        assertThat(event.data()).contains("\"fileName\":\"holidays.xml\"", holiday.toString(), "07:00-15:30");
        assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();
    }

    @Test
    void aFileThatIsNotMicrosoftProjectOrHoldsNoCalendarIsRefusedAndNothingChanges() {
        long version = version();
        String planBefore = admin.get(rollout + "/plan").body();

        var notMspdi = importCalendar("Standard", "<project><name>x</name></project>", version, "x.xml");
        var noCalendar = importCalendar("Standard", """
                <Project xmlns="http://schemas.microsoft.com/project"><Name>Empty</Name></Project>""", version,
                "empty.xml");
        var stale = importCalendar("Standard", calendarOnlyFile(goLive.minusDays(3)), version - 1, "h.xml");
        var contributor = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("dana.nurse", "CONTRIBUTOR"));

        assertThat(notMspdi.status()).as(notMspdi.body()).isEqualTo(422);
        assertThat(notMspdi.json().get("errors").get("file").asString()).contains("not a Microsoft Project XML");
        assertThat(noCalendar.status()).as(noCalendar.body()).isEqualTo(422);
        assertThat(noCalendar.json().get("errors").get("file").asString()).isEqualTo("the file holds no calendar");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(contributor.put(rollout + "/plan/status-date", Map.of("statusDate", goLive.toString(),
                "version", version)).status()).isEqualTo(403);
        assertThat(version()).isEqualTo(version);
        assertThat(admin.get(rollout + "/plan").body()).isEqualTo(planBefore);
    }

    @Test
    void aNamedNightShiftCalendarIsListedAndATaskWorksItsHours() {
        Map<String, Object> nightShift = new HashMap<>();
        nightShift.put("workingTimes", "00:00-06:00,22:00-24:00");
        nightShift.put("holidays", List.of());
        nightShift.put("version", version());

        var set = pm.put(rollout + "/plan/calendars/Night%20shift", nightShift);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("calendar").get("workingTimes").asString()).isEqualTo("00:00-06:00,22:00-24:00");
        assertThat(admin.get(rollout + "/plan/calendars").json().findValuesAsString("name"))
                .containsExactly("Standard", "Night shift", "24-hours");
        LocalDate wednesday = goLive.minusWeeks(1).with(DayOfWeek.WEDNESDAY);
        var load = pm.post(rollout + "/plan/tasks", Map.of("title", "Overnight data load", "duration", "4h",
                "calendar", "Night shift", "startNoEarlierThan", wednesday.toString()));
        assertThat(load.status()).as(load.body()).isEqualTo(201);
        assertThat(load.json().get("task").get("startTime").asString()).isEqualTo(wednesday + "T00:00:00");
        assertThat(load.json().get("task").get("finishTime").asString()).isEqualTo(wednesday + "T04:00:00");
        var unknown = pm.post(rollout + "/plan/tasks", Map.of("title", "Weekend load", "durationDays", 1,
                "calendar", "Weekend crew"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get("calendar").asString()).contains("does not have");
        var builtIn = pm.put(rollout + "/plan/calendars/24-hours", Map.of("version", version()));
        assertThat(builtIn.status()).isEqualTo(422);
    }

    @Test
    void aShortFridayAndAHalfDayAreWorkedInTheirOwnHours() {
        LocalDate friday = goLive.minusWeeks(3).with(DayOfWeek.FRIDAY);
        LocalDate halfDay = friday.minusDays(2);
        Map<String, Object> shortFriday = new HashMap<>();
        shortFriday.put("weekdayWorkingTimes", Map.of("FRIDAY", "08:00-12:00"));
        shortFriday.put("dateWorkingTimes", Map.of(halfDay.toString(), "08:00-12:00"));
        shortFriday.put("version", version());

        var set = pm.put(rollout + "/plan/calendars/Standard", shortFriday);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode stored = admin.get(rollout + "/plan/calendars/Standard").json();
        assertThat(stored.get("workingTimes").asString()).isEqualTo("08:00-12:00,13:00-17:00");
        assertThat(stored.get("weekdayWorkingTimes").get("FRIDAY").asString()).isEqualTo("08:00-12:00");
        assertThat(stored.get("dateWorkingTimes").get(halfDay.toString()).asString()).isEqualTo("08:00-12:00");
        // 6 hours from Friday 08:00: Friday's four, then Monday 08:00-10:00. 1 day (8 hours) from the Wednesday
        // half day: its four, then Thursday 08:00-12:00.
        var report = pm.post(rollout + "/plan/tasks", Map.of("title", "Interface report", "duration", "6h",
                "startNoEarlierThan", friday.toString()));
        var review = pm.post(rollout + "/plan/tasks", Map.of("title", "Review", "durationDays", 1,
                "startNoEarlierThan", halfDay.toString()));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(report.json().get("task").get("startTime").asString()).isEqualTo(friday + "T08:00:00");
        assertThat(report.json().get("task").get("finishTime").asString()).isEqualTo(friday.plusDays(3) + "T10:00:00");
        assertThat(review.json().get("task").get("finishTime").asString()).isEqualTo(halfDay.plusDays(1) + "T12:00:00");
        var event = tap.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().endsWith(".calendar.changed.v1"));
        assertThat(event.data()).contains("\"weekdayWorkingTimes\":{\"FRIDAY\":\"08:00-12:00\"}",
                "\"" + halfDay + "\":\"08:00-12:00\"");
        assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();

        var sunday = pm.put(rollout + "/plan/calendars/Standard", Map.of("weekdayWorkingTimes",
                Map.of("SUNDAY", "08:00-12:00"), "version", version()));
        var badHours = pm.put(rollout + "/plan/calendars/Standard", Map.of("dateWorkingTimes",
                Map.of(halfDay.toString(), "12:00-08:00"), "version", version()));
        assertThat(sunday.status()).as(sunday.body()).isEqualTo(422);
        assertThat(sunday.json().get("errors").get("weekdayWorkingTimes").asString()).contains("SUNDAY");
        assertThat(badHours.status()).as(badHours.body()).isEqualTo(422);
    }

    @Test
    void theStatusDateMovesWorkNotStartedAfterItAndIsPublished() {
        JsonNode first = firstTask();
        LocalDate statusDate = LocalDate.parse(first.get("start").asString()).plusDays(7);

        var set = pm.put(rollout + "/plan/status-date", Map.of("statusDate", statusDate.toString(),
                "version", version()));

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("statusDate").asString()).isEqualTo(statusDate.toString());
        LocalDate movedTo = LocalDate.parse(moved(set.json()).get(first.get("id").asString()).get("start").asString());
        assertThat(movedTo).isAfter(statusDate);
        assertThat(admin.get(rollout + "/plan").json().get("statusDate").asString()).isEqualTo(statusDate.toString());
        var event = tap.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().endsWith(".status-date.set.v1"));
        assertThat(event.data()).contains("\"statusDate\":\"" + statusDate + "\"", "\"previousStatusDate\":null");
        assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();

        Map<String, Object> clear = new HashMap<>();
        clear.put("statusDate", null);
        clear.put("version", set.json().get("version").asLong());
        var cleared = pm.put(rollout + "/plan/status-date", clear);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(task(admin.get(rollout + "/plan").json(), first.get("id").asString()).get("start").asString())
                .isEqualTo(first.get("start").asString());
        var far = pm.put(rollout + "/plan/status-date", Map.of("statusDate", goLive.plusYears(11).toString(),
                "version", cleared.json().get("version").asLong()));
        assertThat(far.status()).isEqualTo(422);
    }

    /** A file as MS Project saves a calendar kept on its own: no tasks, a 07:00-15:30 day, one holiday. */
    private static String calendarOnlyFile(LocalDate holiday) {
        return MspdiCalendarFiles.calendarOnly("Health system", "07:00", "15:30", List.of(holiday));
    }

    private HttpJson.Reply importCalendar(String name, String xml, long version, String fileName) {
        return pm.send(HttpRequest.newBuilder(pm.uri(rollout + "/plan/calendars/" + name + "/import?version="
                        + version + "&fileName=" + fileName)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
    }

    private long version() {
        return admin.get(rollout).json().get("version").asLong();
    }

    /** The plan's earliest day-level task on a working weekday, not a milestone. */
    private JsonNode firstTask() {
        JsonNode first = null;
        for (JsonNode task : admin.get(rollout + "/plan").json().get("tasks")) {
            if (task.get("milestone").asBoolean() || !task.get("duration").isNull()
                    || !task.get("calendar").isNull()) {
                continue;
            }
            if (first == null || task.get("start").asString().compareTo(first.get("start").asString()) < 0) {
                first = task;
            }
        }
        return first;
    }

    private static JsonNode task(JsonNode plan, String id) {
        for (JsonNode task : plan.get("tasks")) {
            if (task.get("id").asString().equals(id)) {
                return task;
            }
        }
        throw new AssertionError("no task " + id);
    }

    private static Map<String, JsonNode> moved(JsonNode answer) {
        Map<String, JsonNode> moves = new HashMap<>();
        answer.get("moved").forEach(move -> moves.put(move.get("taskId").asString(), move));
        return moves;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
