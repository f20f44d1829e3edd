package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.ff;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.milestone;
import static org.golive.planning.schedule.Plans.schedule;
import static org.golive.planning.schedule.Plans.sf;
import static org.golive.planning.schedule.Plans.ss;
import static org.golive.planning.schedule.Plans.task;

/*
 * Every plan starts on Monday 2026-03-02. Working days, with their index from that Monday:
 *   Mon 2 (0)  Tue 3 (1)  Wed 4 (2)  Thu 5 (3)  Fri 6 (4)
 *   Mon 9 (5)  Tue 10 (6) Wed 11 (7) Thu 12 (8) Fri 13 (9)
 *   Mon 16 (10) ...
 * A task of d days starting at index s occupies [s, s + d) and finishes on the day of index s + d - 1.
 */
class LinkSchedulingTest {

    private static final ScheduleTask FIVE_DAYS_FROM_MONDAY = task("A", 5).withStartNoEarlierThan(date(3, 2));

    @Test
    void finishToStartStartsTheWorkingDayAfterThePredecessorFinishes() {
        // A: Mon 2 .. Wed 4, [0, 3). B starts at 3: Thu 5 .. Fri 6.
        Schedule schedule = schedule(task("A", 3).withStartNoEarlierThan(date(3, 2)), task("B", 2, fs("A")));

        assertDates(schedule.task("A"), date(3, 2), date(3, 4));
        assertDates(schedule.task("B"), date(3, 5), date(3, 6));
    }

    @Test
    void finishToStartWithLagSkipsTheWeekend() {
        // A: [0, 3). B: 3 + 2 = 5, Mon 9 .. Tue 10.
        Schedule schedule = schedule(task("A", 3).withStartNoEarlierThan(date(3, 2)), task("B", 2, fs("A", 2)));

        assertDates(schedule.task("B"), date(3, 9), date(3, 10));
    }

    @Test
    void finishToStartWithALeadOverlapsThePredecessor() {
        // A: [0, 5). B: 5 - 2 = 3, Thu 5 .. Mon 9 over the weekend.
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, task("B", 3, fs("A", -2)));

        assertDates(schedule.task("B"), date(3, 5), date(3, 9));
    }

    @Test
    void startToStartWithLagStartsThatManyDaysAfterThePredecessorStarts() {
        // A: [0, 5). B: 0 + 2 = 2, Wed 4 .. Fri 6.
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, task("B", 3, ss("A", 2)));

        assertDates(schedule.task("B"), date(3, 4), date(3, 6));
    }

    @Test
    void startToStartWithALeadStartsBeforeThePredecessor() {
        // P pins the plan start to Mon 2. A: Mon 9, [5, 10). B: 5 - 3 = 2, Wed 4 .. Thu 5.
        Schedule schedule = schedule(milestone("P").withStartNoEarlierThan(date(3, 2)),
                task("A", 5).withStartNoEarlierThan(date(3, 9)), task("B", 2, ss("A", -3)));

        assertDates(schedule.task("B"), date(3, 4), date(3, 5));
    }

    @Test
    void noTaskStartsBeforeThePlanStartEvenWithALead() {
        // The plan starts with A on Mon 9; B's lead would take it to Wed 4.
        Schedule schedule = schedule(task("A", 5).withStartNoEarlierThan(date(3, 9)), task("B", 2, ss("A", -3)));

        assertDates(schedule.task("B"), date(3, 9), date(3, 10));
    }

    @Test
    void finishToFinishAlignsTheFinishes() {
        // A: [0, 5). B ends at 5, starts at 3: Thu 5 .. Fri 6.
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, task("B", 2, ff("A", 0)));

        assertDates(schedule.task("B"), date(3, 5), date(3, 6));
    }

    @Test
    void finishToFinishWithLagFinishesThatManyDaysAfterThePredecessor() {
        // A: [0, 5). B ends at 5 + 3 = 8, starts at 6: Tue 10 .. Wed 11.
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, task("B", 2, ff("A", 3)));

        assertDates(schedule.task("B"), date(3, 10), date(3, 11));
    }

    @Test
    void finishToFinishWithALeadFinishesBeforeThePredecessor() {
        // A: [0, 5). B ends at 5 - 1 = 4, starts at 2: Wed 4 .. Thu 5.
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, task("B", 2, ff("A", -1)));

        assertDates(schedule.task("B"), date(3, 4), date(3, 5));
    }

    @Test
    void finishToFinishNeverPullsATaskBeforeThePlanStart() {
        // A: [0, 5). B (10 days) would have to start at 5 - 10 = -5; the plan start keeps it at 0: Mon 2 .. Fri 13.
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, task("B", 10, ff("A", 0)));

        assertDates(schedule.task("B"), date(3, 2), date(3, 13));
    }

    @Test
    void startToFinishRunsTheSuccessorUntilThePredecessorStarts() {
        // The old system (B, 3 days) runs until the new one (A) starts on Mon 9 = 5: B ends at 5, Wed 4 .. Fri 6.
        Schedule schedule = schedule(milestone("P").withStartNoEarlierThan(date(3, 2)),
                task("A", 5).withStartNoEarlierThan(date(3, 9)), task("B", 3, sf("A", 0)));

        assertDates(schedule.task("B"), date(3, 4), date(3, 6));
    }

    @Test
    void startToFinishWithLagOverlapsThePredecessorsStart() {
        // A starts at 5. B ends at 5 + 2 = 7, starts at 4: Fri 6 .. Tue 10.
        Schedule schedule = schedule(milestone("P").withStartNoEarlierThan(date(3, 2)),
                task("A", 5).withStartNoEarlierThan(date(3, 9)), task("B", 3, sf("A", 2)));

        assertDates(schedule.task("B"), date(3, 6), date(3, 10));
    }

    @Test
    void startToFinishWithALeadFinishesEarlier() {
        // A starts at 5. B ends at 5 - 1 = 4, starts at 1: Tue 3 .. Thu 5.
        Schedule schedule = schedule(milestone("P").withStartNoEarlierThan(date(3, 2)),
                task("A", 5).withStartNoEarlierThan(date(3, 9)), task("B", 3, sf("A", -1)));

        assertDates(schedule.task("B"), date(3, 3), date(3, 5));
    }

    @Test
    void theMostDemandingLinkWins() {
        // A: [0, 5), B: [0, 2). C: FS A gives 5, SS B + 7 gives 7: C starts Wed 11.
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, task("B", 2).withStartNoEarlierThan(date(3, 2)),
                task("C", 1, fs("A"), ss("B", 7)));

        assertDates(schedule.task("C"), date(3, 11), date(3, 11));
    }

    @Test
    void aMilestoneAfterATaskShowsThePredecessorsFinish() {
        // A: Mon 2 .. Fri 6. M sits at A's finish, Fri 6 17:00, as Microsoft Project shows it (not Monday 08:00).
        // C after M starts Monday: the milestone costs no time.
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, milestone("M", fs("A")), task("C", 1, fs("M")));

        assertDates(schedule.task("M"), date(3, 6), date(3, 6));
        assertThat(schedule.task("M").finishTime()).isEqualTo(date(3, 6).atTime(17, 0));
        assertDates(schedule.task("C"), date(3, 9), date(3, 9));
        assertThat(schedule.task("C").startTime()).isEqualTo(date(3, 9).atTime(8, 0));
    }

    @Test
    void aMilestoneWithADateAndAPredecessorFinishingTheDayBeforeShowsTheDate() {
        // A finishes Fri 6 17:00; M may not start before Mon 9 08:00: the later moment wins, as in MS Project.
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, milestone("M", fs("A")).withStartNoEarlierThan(date(3, 9)));

        assertDates(schedule.task("M"), date(3, 9), date(3, 9));
        assertThat(schedule.task("M").startTime()).isEqualTo(date(3, 9).atTime(8, 0));
    }

    @Test
    void aMilestoneStartToStartSitsOnThePredecessorsFirstDay() {
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, milestone("M", ss("A", 0)));

        assertDates(schedule.task("M"), date(3, 2), date(3, 2));
    }

    @Test
    void aMilestoneWithLagCountsWorkingDaysFromTheEndOfItsPredecessor() {
        // A finishes Fri 6 17:00; three working days on: Wed 11 17:00 (MS Project's date too).
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, milestone("M", fs("A", 3)));

        assertDates(schedule.task("M"), date(3, 11), date(3, 11));
    }

    @Test
    void aChainOfMilestonesStaysOnOneDay() {
        Schedule schedule = schedule(FIVE_DAYS_FROM_MONDAY, milestone("M1", fs("A")), milestone("M2", fs("M1")),
                task("B", 1, fs("M2")));

        assertDates(schedule.task("M2"), date(3, 6), date(3, 6));
        assertDates(schedule.task("B"), date(3, 9), date(3, 9));
    }

    static void assertDates(ScheduledTask task, LocalDate start, LocalDate finish) {
        assertThat(task.start()).as("%s start", task.id()).isEqualTo(start);
        assertThat(task.finish()).as("%s finish", task.id()).isEqualTo(finish);
    }
}
