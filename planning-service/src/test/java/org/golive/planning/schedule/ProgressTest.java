package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.planning.schedule.LinkSchedulingTest.assertDates;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.milestone;
import static org.golive.planning.schedule.Plans.schedule;
import static org.golive.planning.schedule.Plans.ss;
import static org.golive.planning.schedule.Plans.task;

/*
 * February / March 2026: Mon Feb 2 .. Fri Feb 6, Mon Feb 16 .. Fri Feb 27, Mon Mar 2 (index 0) .. Fri Mar 6 (4),
 * Sat 7, Sun 8, Mon 9 (5), Tue 10 (6), Wed 11 (7), Thu 12 (8).
 */
class ProgressTest {

    @Test
    void aDoneTaskKeepsItsActualDatesAndIgnoresItsLinks() {
        // B was done the week before its predecessor even started.
        Schedule schedule = schedule(task("A", 5).withStartNoEarlierThan(date(3, 2)),
                task("B", 3, fs("A")).withProgress(Progress.done(date(2, 23), date(2, 25))));

        ScheduledTask b = schedule.task("B");
        assertDates(b, date(2, 23), date(2, 25));
        assertThat(b.lateStart()).isEqualTo(date(2, 23));
        assertThat(b.lateFinish()).isEqualTo(date(2, 25));
        assertThat(b.totalFloat()).isZero();
        assertThat(b.critical()).isFalse();
        assertThat(schedule.start()).isEqualTo(date(2, 23));
    }

    @Test
    void successorsOfADoneTaskPlanFromItsActualFinish() {
        // A, planned for 5 days, took 7: Mon 2 .. Tue 10. B follows on Wed 11.
        Schedule schedule = schedule(task("A", 5).withProgress(Progress.done(date(3, 2), date(3, 10))),
                task("B", 2, fs("A")));

        assertDates(schedule.task("B"), date(3, 11), date(3, 12));
    }

    @Test
    void aTaskFinishedOnAWorkedSaturdayLetsItsSuccessorStartOnMonday() {
        Schedule schedule = schedule(task("A", 2).withProgress(Progress.done(date(3, 5), date(3, 7))),
                task("B", 1, fs("A")), task("C", 1, fs("A", 1)));

        assertDates(schedule.task("A"), date(3, 5), date(3, 7));
        assertDates(schedule.task("B"), date(3, 9), date(3, 9));
        assertDates(schedule.task("C"), date(3, 10), date(3, 10));
    }

    @Test
    void aDoneMilestoneLetsItsSuccessorStartTheSameDay() {
        Schedule schedule = schedule(milestone("M").withProgress(Progress.done(date(3, 5), date(3, 5))),
                task("B", 1, fs("M")));

        assertDates(schedule.task("M"), date(3, 5), date(3, 5));
        assertDates(schedule.task("B"), date(3, 5), date(3, 5));
    }

    @Test
    void aDoneTaskDoesNotTightenItsPredecessorsLateDates() {
        // Q is done although its predecessor P has not started. L sets the plan end at 10; P [0, 5) keeps float 5
        // rather than inheriting -5 from Q's start at 0.
        Schedule schedule = schedule(task("L", 10).withStartNoEarlierThan(date(3, 2)),
                task("P", 5).withStartNoEarlierThan(date(3, 2)),
                task("Q", 1, fs("P")).withProgress(Progress.done(date(3, 2), date(3, 2))));

        assertThat(schedule.task("P").totalFloat()).isEqualTo(5);
        assertThat(schedule.criticalPath()).containsExactly("L");
    }

    @Test
    void anInProgressTaskKeepsItsActualStartAndRunsItsDuration() {
        // B started on Tue 3 although A only finishes on Wed 4: B runs Tue 3 .. Fri 6, C follows on Mon 9.
        Schedule schedule = schedule(task("A", 3).withStartNoEarlierThan(date(3, 2)),
                task("B", 4, fs("A")).withProgress(Progress.startedOn(date(3, 3))), task("C", 1, fs("B")));

        assertDates(schedule.task("B"), date(3, 3), date(3, 6));
        assertDates(schedule.task("C"), date(3, 9), date(3, 9));
        assertThat(schedule.criticalPath()).containsExactly("A", "B", "C");
    }

    @Test
    void anInProgressTaskThatCannotMeetItsDeadlineHasNegativeFloat() {
        // B: [0, 5), due Wed 4 so by 3: late start -2, float -2.
        Schedule schedule = schedule(task("B", 5).withProgress(Progress.startedOn(date(3, 2)))
                .withDeadline(date(3, 4)));

        assertThat(schedule.task("B").totalFloat()).isEqualTo(-2);
        assertThat(schedule.task("B").critical()).isTrue();
    }

    @Test
    void aTaskStartedOnASaturdayShowsThatDayAndCountsFromMonday() {
        Schedule schedule = schedule(task("B", 2).withProgress(Progress.startedOn(date(3, 7))));

        assertDates(schedule.task("B"), date(3, 7), date(3, 10));
    }

    @Test
    void anActualFinishNeedsAnActualStartOnOrBeforeIt() {
        assertThatThrownBy(() -> new Progress(null, date(3, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Progress.done(date(3, 3), date(3, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    /*
     * Go-live Mon Apr 6, then Mon Apr 20. Kick-off is done (Feb 2 .. 6), build is under way since Feb 16: both stay.
     * Every other task is anchored by its offset and moves by the same 14 days (two whole weeks, no holidays):
     * test Mar 16 .. 20, training Mar 23 .. 27, cutover Thu Apr 2 .. Fri 3, go-live Apr 6, support Apr 6 .. 17.
     */
    @Test
    void movingGoLiveByFourteenDaysMovesTheUnfinishedTasksAndKeepsTheDoneOnes() {
        LocalDate goLive = LocalDate.of(2026, 4, 6);
        Schedule before = new Scheduler().schedule(sitePlan(goLive), Plans.WEEKDAYS);
        Schedule after = new Scheduler().schedule(sitePlan(goLive.plusDays(14)), Plans.WEEKDAYS);

        assertDates(before.task("go-live"), goLive, goLive);
        assertDates(before.task("cutover"), date(4, 2), date(4, 3));
        assertThat(after.task("kick-off")).isEqualTo(before.task("kick-off"));
        assertDates(after.task("build"), date(2, 16), date(2, 27));
        for (String id : List.of("test", "training", "cutover", "go-live", "support")) {
            assertThat(after.task(id).start()).as(id).isEqualTo(before.task(id).start().plusDays(14));
            assertThat(after.task(id).finish()).as(id).isEqualTo(before.task(id).finish().plusDays(14));
        }
        assertDates(after.task("go-live"), goLive.plusDays(14), goLive.plusDays(14));
    }

    private static List<ScheduleTask> sitePlan(LocalDate goLive) {
        return List.of(
                task("kick-off", 5).withStartNoEarlierThan(goLive.minusDays(56))
                        .withProgress(Progress.done(date(2, 2), date(2, 6))),
                task("build", 10, fs("kick-off")).withStartNoEarlierThan(goLive.minusDays(42))
                        .withProgress(Progress.startedOn(date(2, 16))),
                task("test", 5, fs("build")).withStartNoEarlierThan(goLive.minusDays(21)),
                task("training", 5).withStartNoEarlierThan(goLive.minusDays(14)),
                task("cutover", 2, fs("test"), fs("training")).withStartNoEarlierThan(goLive.minusDays(4)),
                milestone("go-live", fs("cutover")).withStartNoEarlierThan(goLive),
                task("support", 10, ss("go-live", 0)));
    }
}
