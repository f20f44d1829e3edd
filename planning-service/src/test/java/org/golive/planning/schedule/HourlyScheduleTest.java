package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.planning.schedule.Plans.assertMoments;
import static org.golive.planning.schedule.Plans.at;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.hours;
import static org.golive.planning.schedule.Plans.milestone;
import static org.golive.planning.schedule.Plans.schedule;
import static org.golive.planning.schedule.Plans.ss;
import static org.golive.planning.schedule.Plans.task;

/**
 * Durations and lags in hours and minutes on the calendar's working times, elapsed time, other working hours and
 * tasks on calendars of their own. Monday 2026-03-02 on the standard day, 08:00-12:00 and 13:00-17:00.
 */
class HourlyScheduleTest {

    private static final WorkCalendar AROUND_THE_CLOCK = WorkCalendar.aroundTheClock();

    @Test
    void hoursFillTheWorkingTimesAndSkipLunchAndTheNight() {
        Schedule schedule = schedule(hours("A", 4).withStartNoEarlierThan(date(3, 2)), hours("B", 6, fs("A")),
                hours("C", 3, fs("B")));

        assertMoments(schedule.task("A"), at(3, 2, 8, 0), at(3, 2, 12, 0));
        assertMoments(schedule.task("B"), at(3, 2, 13, 0), at(3, 3, 10, 0));
        assertMoments(schedule.task("C"), at(3, 3, 10, 0), at(3, 3, 14, 0));
        assertThat(schedule.task("B").finish()).isEqualTo(date(3, 3));
    }

    @Test
    void minutesAndHourLagsCountWorkingTime() {
        ScheduleTask a = task("A", 0).withDuration(ScheduleDuration.parse("90m")).withStartNoEarlierThan(date(3, 2));
        ScheduleTask b = hours("B", 1, new Link("A", LinkType.FINISH_TO_START, ScheduleDuration.parse("3h")));

        Schedule schedule = schedule(a, b);

        assertMoments(schedule.task("A"), at(3, 2, 8, 0), at(3, 2, 9, 30));
        // 09:30 + 3 working hours: 2.5 h to noon, lunch, 0.5 h: 13:30.
        assertMoments(schedule.task("B"), at(3, 2, 13, 30), at(3, 2, 14, 30));
    }

    @Test
    void aDayTaskAfterAnHourTaskStartsWhereTheHoursEnd() {
        Schedule schedule = schedule(hours("A", 2).withStartNoEarlierThan(date(3, 2)), task("B", 1, fs("A")));

        assertMoments(schedule.task("B"), at(3, 2, 10, 0), at(3, 3, 10, 0));
        assertThat(schedule.task("B").finish()).isEqualTo(date(3, 3));
    }

    @Test
    void aCalendarWithOtherHoursPlacesTheSameWorkAtItsTimes() {
        WorkCalendar early = WorkCalendar.mondayToFriday(List.of()).withWorkingTimes(WorkingTimes.parse("07:00-15:00"));

        Schedule schedule = new Scheduler().schedule(List.of(hours("A", 10).withStartNoEarlierThan(date(3, 2))),
                early);

        assertMoments(schedule.task("A"), at(3, 2, 7, 0), at(3, 3, 9, 0));
    }

    @Test
    void floatOfHourTasksIsKeptInMinutesAndDaysRoundDown() {
        Schedule schedule = schedule(task("Long", 1).withStartNoEarlierThan(date(3, 2)),
                hours("Short", 3).withStartNoEarlierThan(date(3, 2)));

        assertThat(schedule.task("Short").totalFloatMinutes()).isEqualTo(5 * 60);
        assertThat(schedule.task("Short").totalFloat()).isZero();
        assertThat(schedule.task("Short").critical()).isFalse();
        assertThat(schedule.task("Long").critical()).isTrue();
    }

    @Test
    void aTwentyFourHourCalendarWorksNightsAndWeekends() {
        // Saturday 7 March: the cutover weekend opens at midnight, downtime starts 22 elapsed hours later.
        ScheduleTask opens = milestone("opens").withStartNoEarlierThan(date(3, 7));
        ScheduleTask downtime = hours("downtime", 4,
                new Link("opens", LinkType.FINISH_TO_START, ScheduleDuration.parse("22eh")));
        ScheduleTask conversion = hours("conversion", 6, fs("downtime"));

        Schedule schedule = new Scheduler().schedule(List.of(opens, downtime, conversion), AROUND_THE_CLOCK);

        assertMoments(schedule.task("opens"), at(3, 7, 0, 0), at(3, 7, 0, 0));
        assertMoments(schedule.task("downtime"), at(3, 7, 22, 0), at(3, 8, 2, 0));
        assertMoments(schedule.task("conversion"), at(3, 8, 2, 0), at(3, 8, 8, 0));
        assertThat(schedule.task("downtime").finish()).as("ends on Sunday").isEqualTo(date(3, 8));
    }

    @Test
    void aTaskEndingAtMidnightFinishesOnTheDayItWorked() {
        Schedule schedule = new Scheduler().schedule(List.of(hours("A", 24).withStartNoEarlierThan(date(3, 7))),
                AROUND_THE_CLOCK);

        assertThat(schedule.task("A").finish()).isEqualTo(date(3, 7));
        assertThat(schedule.task("A").finishTime()).isEqualTo(at(3, 8, 0, 0));
    }

    @Test
    void anElapsedDurationRunsThroughTheWeekend() {
        // Starts Friday 08:00, two elapsed days end Sunday 08:00; the next working task starts Monday 08:00.
        ScheduleTask cure = task("cure", 0).withDuration(ScheduleDuration.parse("2ed"))
                .withStartNoEarlierThan(date(3, 6));
        Schedule schedule = schedule(cure, task("next", 1, fs("cure")));

        assertMoments(schedule.task("cure"), at(3, 6, 8, 0), at(3, 8, 8, 0));
        assertMoments(schedule.task("next"), at(3, 9, 8, 0), at(3, 9, 17, 0));
    }

    @Test
    void anElapsedLagBetweenWorkingTasksLandsOnTheNextWorkingMoment() {
        // A ends Friday 17:00; 40 elapsed hours later is Sunday 09:00: B starts Monday 08:00.
        ScheduleTask a = task("A", 5).withStartNoEarlierThan(date(3, 2));
        ScheduleTask b = task("B", 1, new Link("A", LinkType.FINISH_TO_START, ScheduleDuration.parse("40eh")));
        ScheduleTask c = task("C", 1, new Link("A", LinkType.FINISH_TO_START, ScheduleDuration.parse("64eh")));

        Schedule schedule = schedule(a, b, c);

        assertMoments(schedule.task("B"), at(3, 9, 8, 0), at(3, 9, 17, 0));
        // 64 h: Monday 09:00, an hour into the day.
        assertMoments(schedule.task("C"), at(3, 9, 9, 0), at(3, 10, 9, 0));
    }

    @Test
    void aTaskOnACalendarOfItsOwnWorksItsHoursBetweenPlanTasks() {
        // Build ends Friday 17:00 on the plan's calendar; the load runs 10 h on the 24-hour calendar from then,
        // to Saturday 03:00; sign-off, on the plan's calendar, waits for Monday 08:00.
        ScheduleTask build = task("build", 5).withStartNoEarlierThan(date(3, 2));
        ScheduleTask load = hours("load", 10, fs("build")).withCalendar(AROUND_THE_CLOCK);
        ScheduleTask signOff = hours("sign-off", 2, fs("load"));

        Schedule schedule = schedule(build, load, signOff);

        assertMoments(schedule.task("build"), at(3, 2, 8, 0), at(3, 6, 17, 0));
        assertMoments(schedule.task("load"), at(3, 6, 17, 0), at(3, 7, 3, 0));
        assertMoments(schedule.task("sign-off"), at(3, 9, 8, 0), at(3, 9, 10, 0));
        // The load could run as late as Sunday 22:00 to Monday 08:00: 53 hours of its calendar's float.
        assertThat(schedule.task("load").totalFloatMinutes()).isEqualTo(53 * 60);
        assertThat(schedule.criticalPath()).containsExactly("build", "sign-off");
    }

    @Test
    void aMilestoneAfterAnHourTaskSitsAtItsFinishMoment() {
        Schedule schedule = schedule(hours("A", 3).withStartNoEarlierThan(date(3, 2)), milestone("M", fs("A")),
                hours("B", 1, ss("A", 0)));

        assertMoments(schedule.task("M"), at(3, 2, 11, 0), at(3, 2, 11, 0));
        assertMoments(schedule.task("B"), at(3, 2, 8, 0), at(3, 2, 9, 0));
    }

    @Test
    void dayPlansKeepTheirDatesAndShowTheStandardTimes() {
        Schedule schedule = schedule(task("A", 3).withStartNoEarlierThan(date(3, 2)), task("B", 2, fs("A")));

        assertMoments(schedule.task("B"), at(3, 5, 8, 0), at(3, 6, 17, 0));
        assertThat(schedule.task("B").finish()).isEqualTo(date(3, 6));
    }
}
