package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.planning.schedule.Plans.assertMoments;
import static org.golive.planning.schedule.Plans.at;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.hours;
import static org.golive.planning.schedule.Plans.milestone;
import static org.golive.planning.schedule.Plans.task;

/**
 * Calendars whose days differ in length: a short Friday, a Saturday morning, a night shift, and dates worked in hours
 * of their own. Every date below is counted by hand from the calendar (week of Monday 2026-03-02: Friday is 03-06,
 * the next Monday 03-09). A day of duration is the calendar's own working day (8 hours), whatever the weekday: MS
 * Project's "hours per day".
 */
class WeekdayHoursTest {

    /** Monday to Thursday 08:00-12:00, 13:00-17:00 (8 h); Friday 08:00-12:00 (4 h). */
    private static final WorkCalendar SHORT_FRIDAY = WorkCalendar.mondayToFriday(List.of())
            .withWeekdayTimes(Map.of(DayOfWeek.FRIDAY, WorkingTimes.parse("08:00-12:00")));

    private static Schedule schedule(WorkCalendar calendar, ScheduleTask... tasks) {
        return new Scheduler().schedule(List.of(tasks), calendar);
    }

    @Test
    void aFourHourTaskAfterFridaysHoursEndsOnMondayAtNoon() {
        // A fills Friday 08:00-12:00. B waits one elapsed hour, to Friday 13:00, which this calendar does not work:
        // it starts Monday 08:00 and its 4 hours end Monday 12:00. C follows A at once: also Monday.
        ScheduleTask a = hours("A", 4).withStartNoEarlierThan(date(3, 6));
        ScheduleTask b = hours("B", 4, new Link("A", LinkType.FINISH_TO_START, ScheduleDuration.parse("1eh")));
        ScheduleTask c = hours("C", 4, fs("A"));
        ScheduleTask done = milestone("A done", fs("A"));

        Schedule schedule = schedule(SHORT_FRIDAY, a, b, c, done);

        assertMoments(schedule.task("A"), at(3, 6, 8, 0), at(3, 6, 12, 0));
        assertMoments(schedule.task("B"), at(3, 9, 8, 0), at(3, 9, 12, 0));
        assertMoments(schedule.task("C"), at(3, 9, 8, 0), at(3, 9, 12, 0));
        assertMoments(schedule.task("A done"), at(3, 6, 12, 0), at(3, 6, 12, 0));
        assertThat(schedule.task("B").finish()).isEqualTo(date(3, 9));
    }

    @Test
    void aDayOfDurationIsTheCalendarsEightHoursEvenOnTheShortFriday() {
        // 1d = 8 h: Friday's 4 and Monday's first 4. 2d from Thursday: 8 + 4 + 4. A working week of 5d from
        // Monday: Monday to Thursday 32 h, Friday 4, the next Monday 4: Monday 12:00, not Friday 17:00.
        Schedule schedule = schedule(SHORT_FRIDAY, task("one", 1).withStartNoEarlierThan(date(3, 6)),
                task("two", 2).withStartNoEarlierThan(date(3, 5)), task("week", 5).withStartNoEarlierThan(date(3, 2)));

        assertMoments(schedule.task("one"), at(3, 6, 8, 0), at(3, 9, 12, 0));
        assertThat(schedule.task("one").finish()).isEqualTo(date(3, 9));
        assertMoments(schedule.task("two"), at(3, 5, 8, 0), at(3, 9, 12, 0));
        assertMoments(schedule.task("week"), at(3, 2, 8, 0), at(3, 9, 12, 0));
    }

    @Test
    void floatCountsEachDaysOwnHours() {
        // week ends Monday 9 March 12:00 and drives sign-off; short (Monday 2 March 08:00-12:00) may finish as late
        // as Monday 9 March 12:00, i.e. start Monday 9 March 08:00: its float is the working time from Monday 2
        // March 08:00 to then: 4 x 8 h + 4 h = 36 h, 4 days of 8 h (rounded down).
        Schedule schedule = schedule(SHORT_FRIDAY, task("week", 5).withStartNoEarlierThan(date(3, 2)),
                hours("short", 4).withStartNoEarlierThan(date(3, 2)), hours("sign-off", 1, fs("week"), fs("short")));

        assertMoments(schedule.task("sign-off"), at(3, 9, 13, 0), at(3, 9, 14, 0));
        assertThat(schedule.task("short").totalFloatMinutes()).isEqualTo(36 * 60);
        assertThat(schedule.task("short").totalFloat()).isEqualTo(4);
        assertThat(schedule.task("short").lateFinish()).isEqualTo(date(3, 9));
        assertThat(schedule.criticalPath()).containsExactly("week", "sign-off");
    }

    @Test
    void aSaturdayMorningIsWorked() {
        WorkCalendar saturdays = WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), List.of(),
                List.of()).withWeekdayTimes(Map.of(DayOfWeek.SATURDAY, WorkingTimes.parse("08:00-12:00")));

        // 12 h from Friday 08:00: Friday's 8, Saturday's 4; the next hour is Monday's first.
        Schedule schedule = schedule(saturdays, hours("A", 12).withStartNoEarlierThan(date(3, 6)),
                hours("B", 1, fs("A")));

        assertMoments(schedule.task("A"), at(3, 6, 8, 0), at(3, 7, 12, 0));
        assertMoments(schedule.task("B"), at(3, 9, 8, 0), at(3, 9, 9, 0));
    }

    @Test
    void aNightShiftRunsPastMidnightAsMsProjectsNightShiftCalendarDoes() {
        // MS Project's base calendar "Night Shift": Monday 23:00-24:00; Tuesday to Friday 00:00-03:00,
        // 04:00-08:00, 23:00-24:00; Saturday 00:00-03:00, 04:00-08:00 (8 h a day but Monday's 1 and Saturday's 7).
        WorkCalendar night = WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), List.of(), List.of())
                .withWorkingTimes(WorkingTimes.parse("00:00-03:00,04:00-08:00,23:00-24:00"))
                .withWeekdayTimes(Map.of(DayOfWeek.MONDAY, WorkingTimes.parse("23:00-24:00"),
                        DayOfWeek.SATURDAY, WorkingTimes.parse("00:00-03:00,04:00-08:00")));

        // 8 h from Monday: Monday 23-24, Tuesday 00-03 and 04-08. 2d = 16 h from Friday: Friday 8, Saturday 7,
        // Monday's one hour: it ends at Monday's midnight, on Monday.
        Schedule schedule = schedule(night, hours("A", 8).withStartNoEarlierThan(date(3, 2)),
                task("B", 2).withStartNoEarlierThan(date(3, 6)));

        assertMoments(schedule.task("A"), at(3, 2, 23, 0), at(3, 3, 8, 0));
        assertMoments(schedule.task("B"), at(3, 6, 0, 0), at(3, 10, 0, 0));
        assertThat(schedule.task("B").finish()).isEqualTo(date(3, 9));
    }

    @Test
    void aDateWithHoursOfItsOwnIsWorkedInThem() {
        // Wednesday 4 March a half day, 08:00-12:00; Saturday 7 March worked 09:00-13:00. 3d = 24 h from
        // Wednesday: 4 + 8 (Thursday) + 8 (Friday) + Saturday's 4: Saturday 13:00.
        WorkCalendar calendar = WorkCalendar.mondayToFriday(List.of()).withDayTimes(Map.of(
                date(3, 4), WorkingTimes.parse("08:00-12:00"), date(3, 7), WorkingTimes.parse("09:00-13:00")));

        Schedule schedule = schedule(calendar, task("one", 1).withStartNoEarlierThan(date(3, 4)),
                task("three", 3).withStartNoEarlierThan(date(3, 4)));

        assertMoments(schedule.task("one"), at(3, 4, 8, 0), at(3, 5, 12, 0));
        assertMoments(schedule.task("three"), at(3, 4, 8, 0), at(3, 7, 13, 0));
        assertThat(calendar.isWorkingDay(date(3, 7))).isTrue();
    }

    @Test
    void aCalendarWhoseWeekdaysAllHaveItsOwnHoursIsUniform() {
        WorkCalendar same = WorkCalendar.mondayToFriday(List.of())
                .withWeekdayTimes(Map.of(DayOfWeek.FRIDAY, WorkingTimes.STANDARD));

        assertThat(same.uniformDays()).isTrue();
        assertThat(same).isEqualTo(WorkCalendar.mondayToFriday(List.of()));
        assertThat(SHORT_FRIDAY.uniformDays()).isFalse();
        assertThat(SHORT_FRIDAY.minutesPerDay()).isEqualTo(480);
    }

    @Test
    void workingMinutesAgreeWithCountingMinuteByMinute() {
        // A calendar with every kind of exception, walked minute by minute over eight weeks.
        WorkCalendar calendar = WorkCalendar.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), List.of(date(3, 3), date(3, 14), date(3, 21)),
                        List.of(date(3, 11), date(3, 21)))
                .withWorkingTimes(WorkingTimes.parse("07:00-11:00,11:30-15:30"))
                .withWeekdayTimes(Map.of(DayOfWeek.FRIDAY, WorkingTimes.parse("06:00-10:00"),
                        DayOfWeek.SATURDAY, WorkingTimes.parse("22:00-24:00")))
                .withDayTimes(Map.of(date(3, 12), WorkingTimes.parse("10:00-11:00"), date(3, 15),
                        WorkingTimes.parse("00:00-24:00"), date(3, 3), WorkingTimes.parse("13:00-14:30")));
        LocalDate from = date(2, 23);
        long first = from.toEpochDay() * 24 * 60;
        long origin = calendar.workingMinuteOf(first);
        long worked = 0;
        for (long moment = first; moment < first + 56L * 24 * 60; moment++) {
            assertThat(calendar.workingMinuteOf(moment) - origin).as("minute %d", moment - first).isEqualTo(worked);
            if (works(calendar, moment)) {
                assertThat(calendar.epochMinuteOfStart(origin + worked)).isEqualTo(moment);
                assertThat(calendar.epochMinuteOfEnd(origin + worked + 1)).isEqualTo(moment + 1);
                worked++;
            }
        }
    }

    private static boolean works(WorkCalendar calendar, long epochMinute) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochMinute, 24 * 60));
        if (!calendar.isWorkingDay(day)) {
            return false;
        }
        int clock = (int) Math.floorMod(epochMinute, 24 * 60);
        WorkingTimes times = calendar.timesOn(day);
        return times.workedBefore(clock + 1) > times.workedBefore(clock);
    }

    @Test
    void weekdayHoursOnlyForWorkingWeekdays() {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        WorkCalendar calendar = WorkCalendar.of(weekdays, List.of(), List.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> calendar.withWeekdayTimes(
                        Map.of(DayOfWeek.SUNDAY, WorkingTimes.parse("08:00-12:00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUNDAY");
    }
}
