package org.golive.localstack;

import org.golive.budget.budget.FiscalCalendar;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's actual costs, planned on every day of a year (the clock injected): each booking lies inside the fiscal
 * year of the budget it goes to, whatever the run date (budget refuses any other), nothing is lost, and the status
 * reports' weeks see the actual cost grow, so their CPI has a trend.
 */
class DemoBudgetsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal ACTUAL = new BigDecimal("123456.78");

    @Test
    void eachYearsEnvelopeLeavesFifteenPercentOfRoomRoundedUpToAHundredThousand() {
        JsonNode north = JSON.readTree("""
                {"budgets": [{"fiscalYear": 2027, "total": {"amount": "1200000.00"}},
                             {"fiscalYear": 2028, "total": {"amount": "850000.00"}}]}""");
        JsonNode south = JSON.readTree("""
                {"budgets": [{"fiscalYear": 2028, "total": {"amount": "1000000.00"}}]}""");
        // FY2027: 1,380,000 -> 1,400,000; FY2028: 1,850,000 x 1.15 = 2,127,500 -> 2,200,000.
        assertThat(DemoBudgets.envelopes(List.of(north, south))).containsExactly(
                Map.entry(2027, new BigDecimal("1400000.00")), Map.entry(2028, new BigDecimal("2200000.00")));
    }

    @Test
    void aSiteGoingLiveInTenWeeksBooksEveryWeekInsideABudgetsYearOnAnyDayOfTheYear() {
        for (LocalDate today : daysOf(2027, Month.JULY)) {
            assertBookings(today, today.plusWeeks(10), Month.JULY, true);
        }
    }

    @Test
    void aSiteLiveForSeventeenWeeksBooksInsideItsBudgetsYearsOnAnyDayOfTheYear() {
        for (LocalDate today : daysOf(2027, Month.JULY)) {
            assertBookings(today, today.minusWeeks(17), Month.JULY, false);
        }
    }

    @Test
    void aFiscalYearStartingInJanuaryOrOctoberIsRespectedToo() {
        for (Month start : List.of(Month.JANUARY, Month.OCTOBER)) {
            for (LocalDate today : daysOf(2027, start)) {
                assertBookings(today, today.plusWeeks(10), start, true);
            }
        }
    }

    /**
     * @param budgetsCoverTheReportedWeeks the site's budgets reach back past the reported weeks (a plan at work),
     *                                     so its cost grows week by week
     */
    private static void assertBookings(LocalDate today, LocalDate goLive, Month fiscalStart,
                                       boolean budgetsCoverTheReportedWeeks) {
        FiscalCalendar calendar = new FiscalCalendar(fiscalStart);
        JsonNode budgets = budgetsOf(goLive, calendar);
        Map<String, Integer> yearOf = budgets.get("budgets").values().stream()
                .collect(Collectors.toMap(b -> b.get("id").asString(), b -> b.get("fiscalYear").asInt()));
        DemoBudgets demo = new DemoBudgets(null, Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC), fiscalStart);

        List<DemoSpending.Booking> bookings = demo.bookings(budgets, ACTUAL);

        String at = "run on " + today + ", go-live " + goLive + ", fiscal year from " + fiscalStart;
        assertThat(bookings).as(at).isNotEmpty();
        for (DemoSpending.Booking booking : bookings) {
            int year = yearOf.get(booking.budgetId());
            assertThat(booking.date()).as(at).isBetween(calendar.firstDay(year), calendar.lastDay(year));
        }
        assertThat(bookings.stream().map(DemoSpending.Booking::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as(at).isEqualByComparingTo(ACTUAL);
        if (budgetsCoverTheReportedWeeks) {
            assertThat(bookings).as(at).allSatisfy(b -> assertThat(b.date()).isBeforeOrEqualTo(today));
            List<BigDecimal> costByFriday = new ArrayList<>();
            for (int back = DemoStatusReports.WEEKS; back >= 1; back--) {
                LocalDate friday = today.minusWeeks(back).with(DayOfWeek.FRIDAY);
                costByFriday.add(bookings.stream().filter(b -> !b.date().isAfter(friday))
                        .map(DemoSpending.Booking::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            assertThat(costByFriday.get(0)).as(at + ": a cost by the first reported week").isPositive();
            for (int week = 1; week < costByFriday.size(); week++) {
                assertThat(costByFriday.get(week)).as(at + ": week " + week).isGreaterThan(costByFriday.get(week - 1));
            }
        }
    }

    /** As budget opens them: one per fiscal year the template spends in, five months before go-live to one after. */
    private static JsonNode budgetsOf(LocalDate goLive, FiscalCalendar calendar) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode budgets = answer.putArray("budgets");
        int first = calendar.fiscalYearOf(goLive.minusMonths(5).withDayOfMonth(1));
        int last = calendar.fiscalYearOf(goLive.plusMonths(1));
        for (int year = first; year <= last; year++) {
            budgets.addObject().put("id", "b-" + year).put("fiscalYear", year).put("status", "DRAFT");
        }
        budgets.addObject().put("id", "closed").put("fiscalYear", first - 1).put("status", "CLOSED");
        answer.put("goLiveBudgetId", "b-" + calendar.fiscalYearOf(goLive));
        return answer;
    }

    private static List<LocalDate> daysOf(int year, Month start) {
        LocalDate first = LocalDate.of(year, start, 1);
        return first.datesUntil(first.plusYears(1)).toList();
    }

    @Test
    void aDraftHasTakenPlanningsLabourCostWhenEachLabourMonthIsAtPlanningsAmount() {
        JsonNode budgets = JsonMapper.builder().build().readTree("""
                {"budgets": [
                  {"status": "DRAFT", "currency": "USD", "lines": [
                    {"lineId": "manual-1", "months": [{"month": "2027-03", "amount": 99}]},
                    {"lineId": "planning-labour-trainer", "months": [{"month": "2027-03", "amount": 1200.00}]}]},
                  {"status": "APPROVED", "currency": "USD", "lines": [
                    {"lineId": "planning-labour-trainer", "months": [{"month": "2026-03", "amount": 5}]}]}]}
                """);

        assertThat(DemoBudgets.takenAsPlanned(budgets, Map.of("planning-labour-trainer@2027-03",
                new BigDecimal("1200"), "planning-labour-trainer@2028-03", BigDecimal.TEN), "USD")).isTrue();
        assertThat(DemoBudgets.takenAsPlanned(budgets, Map.of("planning-labour-trainer@2027-03",
                new BigDecimal("1100")), "USD")).as("an older cost").isFalse();
        assertThat(DemoBudgets.takenAsPlanned(budgets, Map.of("planning-labour-analyst@2027-03",
                BigDecimal.ONE), "USD")).as("a role planning no longer costs").isFalse();
        JsonNode none = JsonMapper.builder().build().readTree("""
                {"budgets": [{"status": "DRAFT", "currency": "USD", "lines": []}]}""");
        assertThat(DemoBudgets.takenAsPlanned(none, Map.of("planning-labour-trainer@2027-03", BigDecimal.TEN),
                "USD")).as("not taken yet").isFalse();
        assertThat(DemoBudgets.takenAsPlanned(none, Map.of(), "USD")).as("nothing to take").isTrue();
    }
}
