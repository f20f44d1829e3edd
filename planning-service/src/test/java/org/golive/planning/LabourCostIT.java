package org.golive.planning;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rollout's labour cost through the API: assignments x hours on the site's working days x the rate in force, by
 * month and role; published whole, again when a rate, the assignments or the task's dates change.
 */
class LabourCostIT extends PlanningServiceHarness {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHANGED = "org.golive.planning.resource.labour-cost-changed.v1";
    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    /** A Monday go-live some 30 weeks ahead; the trainer's second rate starts the month before it. */
    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(30);
    private static final YearMonth SECOND_RATE = YearMonth.from(GO_LIVE).minusMonths(1);

    private static Map<String, Object> trainer(String firstRate, String secondRate) {
        Map<String, Object> form = new HashMap<>(Map.of("kind", "PERSON", "name", "Dana Whitfield",
                "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40, "costRates", List.of(
                        Map.of("from", GO_LIVE.minusYears(1).withDayOfMonth(1).toString(), "hourlyRate", firstRate),
                        Map.of("from", SECOND_RATE.atDay(1).toString(), "hourlyRate", secondRate))));
        return form;
    }

    /** Hours by month a full-time person works Monday to Friday from {@code start} to {@code finish}. */
    private static Map<String, BigDecimal> weekdayHours(LocalDate start, LocalDate finish) {
        Map<String, BigDecimal> hours = new TreeMap<>();
        for (LocalDate day = start; !day.isAfter(finish); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                hours.merge(YearMonth.from(day).toString(), BigDecimal.valueOf(8), BigDecimal::add);
            }
        }
        return hours;
    }

    private static BigDecimal expectedTotal(Map<String, BigDecimal> hours, String firstRate, String secondRate) {
        return hours.entrySet().stream().map(e -> e.getValue().multiply(new BigDecimal(
                        YearMonth.parse(e.getKey()).isBefore(SECOND_RATE) ? firstRate : secondRate)))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private JsonNode cost(String rolloutId) {
        var reply = admin.get("/rollouts/" + rolloutId + "/labour-cost");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void assignmentsTimesRatesGiveTheRolloutsLabourCostByMonthPublishedAgainWhenARateOrTheDatesChange() {
        String programId = admin.post("/programs", Map.of("name", "Labour " + System.nanoTime())).json().get("id")
                .asString();
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Lakeside",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString())).json().get("id").asString();
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(201);
        assertThat(cost(rolloutId).get("months")).isEmpty();
        assertThat(cost(rolloutId).get("total").decimalValue()).isEqualByComparingTo("0");

        String dana = admin.post("/programs/" + programId + "/resources", trainer("78.50", "80.00")).json()
                .get("id").asString();
        var assigned = admin.put("/rollouts/" + rolloutId + "/plan/tasks/end-user-training/resources",
                Map.of("revision", 0, "assignments", List.of(Map.of("resourceId", dana, "units", 1))));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        LocalDate start = LocalDate.parse(assigned.json().get("start").asString());
        LocalDate finish = LocalDate.parse(assigned.json().get("finish").asString());
        Map<String, BigDecimal> hours = weekdayHours(start, finish);

        JsonNode cost = cost(rolloutId);
        Map<String, BigDecimal> costHours = new TreeMap<>();
        cost.get("months").forEach(m -> {
            assertThat(m.get("role").asString()).isEqualTo("CREDENTIALED_TRAINER");
            costHours.put(m.get("month").asString(), m.get("hours").decimalValue());
        });
        assertThat(costHours.keySet()).isEqualTo(hours.keySet());
        hours.forEach((month, h) -> assertThat(costHours.get(month)).as(month).isEqualByComparingTo(h));
        BigDecimal total = expectedTotal(hours, "78.50", "80.00");
        assertThat(cost.get("total").decimalValue()).isEqualByComparingTo(total);
        assertThat(cost.get("currency").asString()).isEqualTo("USD");
        EventTap.WireEvent first = tap.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().equals(CHANGED));
        assertThat(JSON.readTree(first.data()).get("total").asString()).isEqualTo(total.toPlainString());

        // The rates change: every rollout of the program is costed again, one later event.
        var revised = trainer("90.00", "100.00");
        revised.put("version", 0);
        assertThat(admin.put("/programs/" + programId + "/resources/" + dana, revised).status()).isEqualTo(200);
        BigDecimal dearer = expectedTotal(hours, "90.00", "100.00");
        assertThat(cost(rolloutId).get("total").decimalValue()).isEqualByComparingTo(dearer);
        EventTap.WireEvent second = tap.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().equals(CHANGED)
                && e.sequence() > first.sequence());
        assertThat(second.source()).isEqualTo(first.source());
        assertThat(JSON.readTree(second.data()).get("total").asString()).isEqualTo(dearer.toPlainString());

        // The go-live moves two months: the training's hours follow the task into other months.
        long version = admin.get("/rollouts/" + rolloutId).json().get("version").asLong();
        assertThat(admin.put("/rollouts/" + rolloutId + "/go-live", Map.of("goLiveDate", GO_LIVE.plusWeeks(9).toString(),
                "reason", "Trainers", "version", version)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                cost(rolloutId).get("months").get(0).get("month").asString()).isGreaterThan(hours.keySet()
                .iterator().next()));

        // Nobody left on the task: the rollout costs nothing, and says so.
        int revision = admin.get("/rollouts/" + rolloutId + "/plan/tasks/end-user-training/resources").json()
                .get("revision").asInt();
        admin.put("/rollouts/" + rolloutId + "/plan/tasks/end-user-training/resources",
                Map.of("revision", revision, "assignments", List.of()));
        assertThat(cost(rolloutId).get("months")).isEmpty();
        EventTap.WireEvent last = tap.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().equals(CHANGED)
                && JSON.readTree(e.data()).get("months").isEmpty());
        assertThat(JSON.readTree(last.data()).get("total").asString()).isEqualTo("0.00");
        assertThat(EventTap.schemaViolations(tap.seen().stream().filter(e -> e.type().equals(CHANGED)).toList()))
                .isEmpty();
    }

    @Test
    void aRolloutsLabourCostIsReadLikeItsPlan() {
        assertThat(admin.get("/rollouts/no-such-rollout/labour-cost").status()).isEqualTo(404);
    }
}
