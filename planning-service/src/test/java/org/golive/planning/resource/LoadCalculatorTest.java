package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;
import org.golive.planning.schedule.WorkCalendar;
import org.golive.planning.schedule.WorkingTimes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

    /** Monday to Friday, Friday worked 08:00-12:00: a 36-hour week. */
    private static final WorkCalendar SHORT_FRIDAY = SITE.withWeekdayTimes(
            Map.of(DayOfWeek.FRIDAY, WorkingTimes.parse("08:00-12:00")));

    @Test
    void aShortFridayAsksHalfADayOfEachUnitAndTakesItsShareOfEffortByItsMinutes() {
        PoolMember dana = trainer("dana", "40", List.of());
        SiteDemand site = new SiteDemand("site", SHORT_FRIDAY, List.of(
                task("training", W14, W14.plusDays(4), units("dana", "1")),
                // Wednesday to the next Tuesday: Wed, Thu, Fri (4 h), Mon, Tue = 480 + 480 + 240 + 480 + 480 minutes.
                task("build", W14.plusDays(2), W14.plusDays(8), new Assignment("dana", null, new BigDecimal("10.01")))));

        LoadTable table = LoadCalculator.compute(List.of(dana), List.of(site));

        // Training: 4 x 8 h + 4 h = 36 h. Build: 1001 x 480 / 2160 = 222 on a full day, 1001 x 240 / 2160 = 111 on
        // Friday (999 in all), the odd 2 hundredths on Wednesday and Thursday: 223 + 223 + 111 in week 14, 222 + 222.
        assertThat(table.rows().get(0).demand()).containsExactly(3600 + 557, 444);
        assertThat(table.overAllocations()).singleElement()
                .satisfies(over -> assertThat(over.tasks()).containsExactly(
                        new LoadTable.Share("site", "training", 3600), new LoadTable.Share("site", "build", 557)));
    }

    @Test
    void aHalfDayDateAsksHalfOfEachUnitThatDay() {
        PoolMember dana = trainer("dana", "80", List.of());
        WorkCalendar christmasEve = SITE.withDayTimes(Map.of(W14.plusDays(3), WorkingTimes.parse("08:00-12:00")));
        SiteDemand site = new SiteDemand("site", christmasEve,
                List.of(task("t", W14, W14.plusDays(4), units("dana", "2"))));

        LoadTable table = LoadCalculator.compute(List.of(dana), List.of(site));

        // Two units: 16 h on four days, 8 h on the Thursday half day.
        assertThat(table.rows().get(0).demand()).containsExactly(4 * 1600 + 800);
    }

    @Test
    void aPersonWhoseFridayIsShortGivesTheFullWeekAndLessInAWeekWithAHalfDay() {
        // 36 hours a week, Friday 08:00-12:00; week 15's Wednesday worked 08:00-12:00 only.
        WorkCalendar own = WorkCalendar.of(WEEKDAYS, List.of(), List.of())
                .withWeekdayTimes(Map.of(DayOfWeek.FRIDAY, WorkingTimes.parse("08:00-12:00")))
                .withDayTimes(Map.of(W14.plusDays(9), WorkingTimes.parse("08:00-12:00")));
        PoolMember pat = new PoolMember("pat", "Pat", ResourceKind.PERSON, ResourceRole.SUPER_USER,
                Hours.of(new BigDecimal("36")), 5, own);
        SiteDemand site = new SiteDemand("site", SHORT_FRIDAY,
                List.of(task("t", W14, W14.plusDays(11), units("pat", "1"))));

        LoadTable table = LoadCalculator.compute(List.of(pat), List.of(site));

        // Week 14: 36 h of 36 (2,160 of 2,160 minutes); week 15: 1,920 of 2,160 minutes = 32 h.
        assertThat(table.rows().get(0).capacity()).containsExactly(3600, 3200);
        // The site's short Friday asks 36 h of Pat in week 14: no over-allocation there; week 15's Mon-Fri asks 36 h.
        assertThat(table.rows().get(0).demand()).containsExactly(3600, 3600);
        assertThat(table.overAllocations()).extracting(LoadTable.OverAllocation::week).containsExactly("2027-W15");
    }

    @Test
    void noDemandGivesAnEmptyTable() {
        assertThat(LoadCalculator.compute(List.of(trainer("dana", "40", List.of())), List.of()).weeks()).isZero();
    }
}
