package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;
import org.golive.planning.schedule.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LoadCalculatorTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final WorkCalendar SITE = WorkCalendar.mondayToFriday(List.of());
    /** Monday of ISO week 2027-W14. */
    private static final LocalDate W14 = LocalDate.of(2027, 4, 5);

    private static PoolMember trainer(String id, String hours, List<LocalDate> daysOff) {
        return new PoolMember(id, "Trainer " + id, ResourceKind.PERSON, ResourceRole.CREDENTIALED_TRAINER,
                Hours.of(new BigDecimal(hours)), 5, WorkCalendar.of(WEEKDAYS, daysOff, List.of()));
    }

    private static AssignedTask task(String id, LocalDate start, LocalDate finish, Assignment... assignments) {
        return new AssignedTask(id, start, finish, false, 1, List.of(assignments));
    }

    private static Assignment units(String resourceId, String units) {
        return new Assignment(resourceId, new BigDecimal(units), null);
    }

    @Test
    void twoWavesOverlappingInAWeekOverAllocateTheSharedTrainerAndNameBothRolloutsTasks() {
        PoolMember dana = trainer("dana", "40", List.of());
        SiteDemand wave2 = new SiteDemand("wave-2-site", SITE,
                List.of(task("end-user-training", W14, W14.plusDays(4), units("dana", "1"))));
        SiteDemand wave3 = new SiteDemand("wave-3-site", SITE,
                List.of(task("train-the-trainer", W14.plusDays(2), W14.plusDays(8), units("dana", "0.5"))));

        LoadTable table = LoadCalculator.compute(List.of(dana), List.of(wave2, wave3));

        assertThat(table.firstMonday()).isEqualTo(W14);
        assertThat(table.weeks()).isEqualTo(2);
        // Week 14: 5 days x 8 h from wave 2, 3 days x 4 h from wave 3 = 52 h against 40 h; week 15: 2 days x 4 h.
        assertThat(table.rows().get(0).demand()).containsExactly(5200, 800);
        assertThat(table.rows().get(0).capacity()).containsExactly(4000, 4000);
        assertThat(table.overAllocations()).singleElement().satisfies(over -> {
            assertThat(over.resourceId()).isEqualTo("dana");
            assertThat(over.week()).isEqualTo("2027-W14");
            assertThat(over.demand()).isEqualTo(5200);
            assertThat(over.tasks()).containsExactly(
                    new LoadTable.Share("wave-2-site", "end-user-training", 4000),
                    new LoadTable.Share("wave-3-site", "train-the-trainer", 1200));
        });
    }

    @Test
    void demandWithinCapacityIsNoOverAllocation() {
        PoolMember dana = trainer("dana", "40", List.of());
        SiteDemand site = new SiteDemand("site", SITE, List.of(task("t", W14, W14.plusDays(4), units("dana", "1"))));

        LoadTable table = LoadCalculator.compute(List.of(dana), List.of(site));

        assertThat(table.rows().get(0).demand()).containsExactly(4000);
        assertThat(table.overAllocations()).isEmpty();
    }

    @Test
    void aVacationDayAndAPartTimeWeekLowerTheCapacity() {
        PoolMember partTime = new PoolMember("pat", "Pat", ResourceKind.PERSON, ResourceRole.SUPER_USER,
                Hours.of(new BigDecimal("24")), 3, WorkCalendar.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY), List.of(W14.plusWeeks(1)), List.of()));
        SiteDemand site = new SiteDemand("site", SITE, List.of(task("t", W14, W14.plusDays(11), units("pat", "0.1"))));

        LoadTable table = LoadCalculator.compute(List.of(partTime), List.of(site));

        assertThat(table.rows().get(0).capacity()).containsExactly(2400, 1600);
    }

    @Test
    void effortIsSpreadOverTheTasksWorkingDaysOnTheSiteCalendarToTheHundredth() {
        PoolMember analyst = trainer("ana", "40", List.of());
        WorkCalendar siteWithHoliday = WorkCalendar.mondayToFriday(List.of(W14.plusDays(4)));
        // Monday to the next Tuesday, less the Friday holiday: 6 working days, 4 in week 14 and 2 in week 15.
        SiteDemand site = new SiteDemand("site", siteWithHoliday, List.of(
                task("interface-build", W14, W14.plusDays(8), new Assignment("ana", null, new BigDecimal("10.01")))));

        LoadTable table = LoadCalculator.compute(List.of(analyst), List.of(site));

        // 1001 hundredths over 6 days: 166 each, the odd 5 on the first five days.
        assertThat(table.rows().get(0).demand()).containsExactly(4 * 167, 167 + 166);
        assertThat(table.rows().get(0).demand()[0] + table.rows().get(0).demand()[1]).isEqualTo(1001);
    }

    @Test
    void milestonesAndResourcesNoLongerInThePoolAskNothing() {
        PoolMember dana = trainer("dana", "40", List.of());
        SiteDemand site = new SiteDemand("site", SITE, List.of(
                new AssignedTask("go-live", W14, W14, true, 1, List.of(units("dana", "3"))),
                task("t", W14, W14.plusDays(4), units("dana", "1"), units("removed", "5"))));

        LoadTable table = LoadCalculator.compute(List.of(dana), List.of(site));

        assertThat(table.rows().get(0).demand()).containsExactly(4000);
    }

    @Test
    void noDemandGivesAnEmptyTable() {
        assertThat(LoadCalculator.compute(List.of(trainer("dana", "40", List.of())), List.of()).weeks()).isZero();
    }
}
