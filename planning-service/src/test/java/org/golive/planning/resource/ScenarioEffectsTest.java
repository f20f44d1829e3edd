package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;
import org.golive.planning.schedule.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioEffectsTest {

    private static final WorkCalendar SITE = WorkCalendar.mondayToFriday(List.of());
    /** Monday 29 March 2027 (ISO week 2027-W13): the week runs into April. */
    private static final LocalDate W13 = LocalDate.of(2027, 3, 29);
    private static final PoolMember DANA = new PoolMember("dana", "Dana", ResourceKind.PERSON,
            ResourceRole.CREDENTIALED_TRAINER, 4000, 5,
            WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(), List.of()));
    private static final Map<String, LabourCostCalculator.Rated> RATES = Map.of("dana",
            new LabourCostCalculator.Rated(ResourceRole.CREDENTIALED_TRAINER,
                    List.of(new CostRate(LocalDate.of(2026, 1, 1), new BigDecimal("80.00")))));

    private static SiteDemand site(String id, LocalDate start, int days, String units) {
        return new SiteDemand(id, SITE, List.of(new AssignedTask("training", start, start.plusDays(days - 1), false, 1,
                List.of(new Assignment("dana", new BigDecimal(units), null)))));
    }

    @Test
    void movingTheSecondWaveFourWeeksLaterRemovesTheOverAllocationAndMovesItsLabourCostToAnotherMonth() {
        SiteDemand wave1 = site("wave-1", W13, 5, "1");
        SiteDemand wave2 = site("wave-2", W13.plusDays(2), 3, "0.5"); // Wed 31 March to Fri 2 April
        SiteDemand wave2Later = site("wave-2", W13.plusDays(37), 3, "0.5"); // Wed 5 to Fri 7 May

        ScenarioEffects effects = ScenarioEffects.compare(List.of(DANA), List.of(wave1, wave2),
                List.of(wave1, wave2Later), RATES, Currency.getInstance("USD"), List.of("wave-2"));

        assertThat(effects.planOverAllocations()).isEqualTo(1);
        assertThat(effects.scenarioOverAllocations()).isZero();
        assertThat(effects.appearing()).isEmpty();
        assertThat(effects.disappearing()).singleElement().satisfies(over -> {
            assertThat(over.week()).isEqualTo("2027-W13");
            assertThat(over.role()).isEqualTo(ResourceRole.CREDENTIALED_TRAINER);
            assertThat(over.demandHours()).isEqualByComparingTo("52");
            assertThat(over.rolloutIds()).containsExactly("wave-1", "wave-2");
        });
        assertThat(effects.byRoleAndWeek()).containsExactly(new ScenarioEffects.RoleWeek(
                ResourceRole.CREDENTIALED_TRAINER, "2027-W13", new BigDecimal("12"), new BigDecimal("0")));
        // 3 days x 4 h x 80.00: one day in March and two in April in the plan, all in May in the scenario.
        assertThat(effects.labourCost()).singleElement().satisfies(cost -> {
            assertThat(cost.plan()).isEqualByComparingTo("960.00");
            assertThat(cost.scenario()).isEqualByComparingTo("960.00");
            assertThat(cost.difference()).isEqualByComparingTo("0");
            assertThat(cost.months()).containsExactly(
                    new ScenarioEffects.MonthCost("2027-03", new BigDecimal("320.00"), new BigDecimal("0.00")),
                    new ScenarioEffects.MonthCost("2027-04", new BigDecimal("640.00"), new BigDecimal("0.00")),
                    new ScenarioEffects.MonthCost("2027-05", new BigDecimal("0.00"), new BigDecimal("960.00")));
        });
        assertThat(effects.labourCostDifference()).isEqualByComparingTo("0");
    }

    @Test
    void aMoveIntoABusyWeekMakesAnOverAllocationAppear() {
        SiteDemand wave1 = site("wave-1", W13, 5, "1");
        SiteDemand wave2 = site("wave-2", W13.plusDays(7), 3, "0.5");
        SiteDemand wave2Earlier = site("wave-2", W13, 3, "0.5");

        ScenarioEffects effects = ScenarioEffects.compare(List.of(DANA), List.of(wave1, wave2),
                List.of(wave1, wave2Earlier), RATES, Currency.getInstance("USD"), List.of("wave-2"));

        assertThat(effects.disappearing()).isEmpty();
        assertThat(effects.appearing()).singleElement().satisfies(over -> {
            assertThat(over.resourceId()).isEqualTo("dana");
            assertThat(over.week()).isEqualTo("2027-W13");
            assertThat(over.capacityHours()).isEqualByComparingTo("40");
        });
    }
}
