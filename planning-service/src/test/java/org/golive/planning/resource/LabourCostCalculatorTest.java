package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;
import org.golive.planning.schedule.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LabourCostCalculatorTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    // Friday 2027-04-30 to Tuesday 2027-05-04, Monday 2027-05-03 a site holiday: working days Apr 30, May 4
    private static final WorkCalendar SITE = WorkCalendar.mondayToFriday(List.of(LocalDate.of(2027, 5, 3)));

    private static AssignedTask task(String id, String from, String to, Assignment... assignments) {
        return new AssignedTask(id, LocalDate.parse(from), LocalDate.parse(to), false, 1, List.of(assignments));
    }

    private static LabourCostCalculator.Rated rated(ResourceRole role, String... fromAndRate) {
        List<CostRate> rates = new java.util.ArrayList<>();
        for (int i = 0; i < fromAndRate.length; i += 2) {
            rates.add(new CostRate(LocalDate.parse(fromAndRate[i]), new BigDecimal(fromAndRate[i + 1])));
        }
        return new LabourCostCalculator.Rated(role, rates);
    }

    @Test
    void hoursOnTheSitesWorkingDaysAreCostedAtTheRateInForceEachDayByMonthAndRole() {
        SiteDemand site = new SiteDemand("r1", SITE, List.of(task("training", "2027-04-30", "2027-05-04",
                new Assignment("dana", BigDecimal.ONE, null), new Assignment("su", new BigDecimal("0.5"), null))));
        Map<String, LabourCostCalculator.Rated> pool = Map.of(
                "dana", rated(ResourceRole.CREDENTIALED_TRAINER, "2027-01-01", "80", "2027-05-01", "90"),
                "su", rated(ResourceRole.SUPER_USER, "2027-01-01", "40.25"));

        List<LabourMonth> months = LabourCostCalculator.compute(site, pool, USD);

        assertThat(months).containsExactly(
                new LabourMonth(YearMonth.of(2027, 4), ResourceRole.CREDENTIALED_TRAINER, 800, new BigDecimal("640.00")),
                new LabourMonth(YearMonth.of(2027, 4), ResourceRole.SUPER_USER, 400, new BigDecimal("161.00")),
                new LabourMonth(YearMonth.of(2027, 5), ResourceRole.CREDENTIALED_TRAINER, 800, new BigDecimal("720.00")),
                new LabourMonth(YearMonth.of(2027, 5), ResourceRole.SUPER_USER, 400, new BigDecimal("161.00")));
    }

    @Test
    void aShortFridayIsCostedForTheHoursItWorks() {
        // Friday 2027-04-30 worked 08:00-12:00, Tuesday 2027-05-04 a full day: one unit asks 4 h, then 8 h.
        WorkCalendar shortFriday = SITE.withWeekdayTimes(Map.of(java.time.DayOfWeek.FRIDAY,
                org.golive.planning.schedule.WorkingTimes.parse("08:00-12:00")));
        SiteDemand site = new SiteDemand("r1", shortFriday, List.of(task("training", "2027-04-30", "2027-05-04",
                new Assignment("dana", BigDecimal.ONE, null))));
        Map<String, LabourCostCalculator.Rated> pool = Map.of(
                "dana", rated(ResourceRole.CREDENTIALED_TRAINER, "2027-01-01", "80"));

        assertThat(LabourCostCalculator.compute(site, pool, USD)).containsExactly(
                new LabourMonth(YearMonth.of(2027, 4), ResourceRole.CREDENTIALED_TRAINER, 400, new BigDecimal("320.00")),
                new LabourMonth(YearMonth.of(2027, 5), ResourceRole.CREDENTIALED_TRAINER, 800, new BigDecimal("640.00")));
    }

    @Test
    void effortIsSpreadAsCapacityCountsItAndAmountsAreRoundedOnceToTheCurrencysDecimals() {
        // 10.01 hours over two days: 5.01 on the first, 5.00 on the second; 10.01 x 33.33 = 333.6333 -> 333.63
        SiteDemand site = new SiteDemand("r1", SITE, List.of(task("build", "2027-05-04", "2027-05-05",
                new Assignment("ana", null, new BigDecimal("10.01")))));
        Map<String, LabourCostCalculator.Rated> pool = Map.of("ana",
                rated(ResourceRole.APPLICATION_ANALYST, "2027-01-01", "33.33"));

        assertThat(LabourCostCalculator.compute(site, pool, USD)).containsExactly(new LabourMonth(
                YearMonth.of(2027, 5), ResourceRole.APPLICATION_ANALYST, 1001, new BigDecimal("333.63")));
        assertThat(LabourCostCalculator.compute(site, pool, JPY).get(0).amount()).isEqualTo(new BigDecimal("334"));
    }

    @Test
    void noRateYetCostsNothingAndAResourceOutOfThePoolOrAMilestoneCountsNothing() {
        SiteDemand site = new SiteDemand("r1", SITE, List.of(
                task("early", "2026-12-28", "2026-12-29", new Assignment("dana", BigDecimal.ONE, null),
                        new Assignment("gone", BigDecimal.ONE, null)),
                new AssignedTask("go-live", LocalDate.of(2027, 5, 4), LocalDate.of(2027, 5, 4), true, 1,
                        List.of(new Assignment("dana", BigDecimal.ONE, null)))));
        Map<String, LabourCostCalculator.Rated> pool = Map.of("dana",
                rated(ResourceRole.TRAINER, "2027-01-01", "80"));

        assertThat(LabourCostCalculator.compute(site, pool, USD)).containsExactly(new LabourMonth(
                YearMonth.of(2026, 12), ResourceRole.TRAINER, 1600, new BigDecimal("0.00")));
    }
}
