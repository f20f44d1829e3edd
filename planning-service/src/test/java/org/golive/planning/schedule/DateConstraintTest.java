package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.planning.schedule.LinkSchedulingTest.assertDates;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.milestone;
import static org.golive.planning.schedule.Plans.schedule;
import static org.golive.planning.schedule.Plans.task;

/*
 * Working-day indices from Monday 2026-03-02, as in LinkSchedulingTest:
 *   Thu Feb 26 (-2) Fri Feb 27 (-1) | Mon 2 (0) Tue 3 (1) Wed 4 (2) Thu 5 (3) Fri 6 (4) | Mon 9 (5) .. Fri 13 (9)
 *   | Mon 16 (10) .. Fri 20 (14)
 */
class DateConstraintTest {

    @Test
    void aStartNoEarlierThanOnAWeekendStartsTheFollowingMonday() {
        Schedule schedule = schedule(task("A", 2).withStartNoEarlierThan(date(3, 7)));

        assertDates(schedule.task("A"), date(3, 9), date(3, 10));
    }

    @Test
    void aStartNoEarlierThanHoldsATaskBackAfterItsPredecessor() {
        Schedule schedule = schedule(task("A", 2).withStartNoEarlierThan(date(3, 2)),
                task("B", 1, fs("A")).withStartNoEarlierThan(date(3, 11)));

        assertDates(schedule.task("B"), date(3, 11), date(3, 11));
    }

    @Test
    void linksPushATaskPastAnEarlierStartNoEarlierThan() {
        // A: Mon 2 .. Fri 6, so B cannot start on Tue 3.
        Schedule schedule = schedule(task("A", 5).withStartNoEarlierThan(date(3, 2)),
                task("B", 1, fs("A")).withStartNoEarlierThan(date(3, 3)));

        assertDates(schedule.task("B"), date(3, 9), date(3, 9));
    }

    @Test
    void aTaskWithoutLinksOrDatesStartsAtThePlanStart() {
        // The plan starts at its earliest constraint, Wed 4.
        Schedule schedule = schedule(task("A", 1).withStartNoEarlierThan(date(3, 10)),
                task("B", 1).withStartNoEarlierThan(date(3, 4)), task("C", 2));

        assertDates(schedule.task("C"), date(3, 4), date(3, 5));
        assertThat(schedule.start()).isEqualTo(date(3, 4));
        assertThat(schedule.finish()).isEqualTo(date(3, 10));
    }

    @Test
    void anActualStartCanSetThePlanStart() {
        Schedule schedule = schedule(task("A", 1).withStartNoEarlierThan(date(3, 10)),
                task("B", 3).withProgress(Progress.startedOn(date(2, 23))), task("C", 2));

        assertDates(schedule.task("C"), date(2, 23), date(2, 24));
        assertThat(schedule.start()).isEqualTo(date(2, 23));
    }

    @Test
    void aPlanWithoutAnyDateIsRejected() {
        assertThatThrownBy(() -> schedule(task("A", 1), task("B", 1, fs("A"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one dated task");
    }

    @Test
    void anEmptyPlanHasAnEmptySchedule() {
        Schedule schedule = new Scheduler().schedule(List.of(), Plans.WEEKDAYS);

        assertThat(schedule.tasks()).isEmpty();
        assertThat(schedule.criticalPath()).isEmpty();
        assertThat(schedule.start()).isNull();
        assertThat(schedule.finish()).isNull();
    }

    @Test
    void aDeadlineBeforeTheEarlyFinishGivesNegativeFloatWithoutMovingTheTask() {
        // A: [0, 5), Mon 2 .. Fri 6. Finishing by Wed 4 means ending at 3: late [-2, 3), Thu Feb 26 .. Wed 4.
        Schedule schedule = schedule(task("A", 5).withStartNoEarlierThan(date(3, 2)).withDeadline(date(3, 4)));

        ScheduledTask a = schedule.task("A");
        assertDates(a, date(3, 2), date(3, 6));
        assertThat(a.lateStart()).isEqualTo(date(2, 26));
        assertThat(a.lateFinish()).isEqualTo(date(3, 4));
        assertThat(a.totalFloat()).isEqualTo(-2);
        assertThat(a.critical()).isTrue();
    }

    @Test
    void aMissedDeadlinePassesItsNegativeFloatToThePredecessors() {
        // A: [0, 3), B: [3, 5) Thu 5 .. Fri 6. B due Thu 5: late end 4, late start 2, float -1; A late end 2, float -1.
        Schedule schedule = schedule(task("A", 3).withStartNoEarlierThan(date(3, 2)),
                task("B", 2, fs("A")).withDeadline(date(3, 5)));

        assertThat(schedule.task("B").totalFloat()).isEqualTo(-1);
        assertThat(schedule.task("A").totalFloat()).isEqualTo(-1);
        assertThat(schedule.task("A").lateFinish()).isEqualTo(date(3, 3));
        assertThat(schedule.criticalPath()).containsExactly("A", "B");
    }

    @Test
    void aDeadlineTighterThanThePlanEndLeavesLessFloat() {
        // L sets the plan end at 10 (Fri 13). A: [0, 3); due Thu 5 ends it by 4: late start 1, float 1.
        Schedule schedule = schedule(task("L", 10).withStartNoEarlierThan(date(3, 2)),
                task("A", 3).withStartNoEarlierThan(date(3, 2)).withDeadline(date(3, 5)));

        assertThat(schedule.task("A").totalFloat()).isEqualTo(1);
        assertThat(schedule.task("A").lateFinish()).isEqualTo(date(3, 5));
        assertThat(schedule.task("A").critical()).isFalse();
    }

    @Test
    void aDeadlineAfterThePlanEndChangesNothing() {
        // A: [0, 3), float to the plan end 10 - 3 = 7 whatever its deadline of Fri 20 (index 15).
        Schedule schedule = schedule(task("L", 10).withStartNoEarlierThan(date(3, 2)),
                task("A", 3).withStartNoEarlierThan(date(3, 2)).withDeadline(date(3, 20)));

        assertThat(schedule.task("A").totalFloat()).isEqualTo(7);
        assertThat(schedule.task("A").lateFinish()).isEqualTo(date(3, 13));
    }

    @Test
    void aDeadlineOnASundayMeansTheFridayBefore() {
        // A: [0, 3); due Sun 8 ends it by Fri 6, index 4, so at 5: float 2.
        Schedule schedule = schedule(task("L", 10).withStartNoEarlierThan(date(3, 2)),
                task("A", 3).withStartNoEarlierThan(date(3, 2)).withDeadline(date(3, 8)));

        assertThat(schedule.task("A").totalFloat()).isEqualTo(2);
        assertThat(schedule.task("A").lateFinish()).isEqualTo(date(3, 6));
    }

    @Test
    void aMilestoneDeadlineIsTheDayTheMilestoneShows() {
        // A: Mon 2 .. Wed 4. M at A's finish, Wed 4 17:00. Due Wed 4: on time, float 0. Due Tue 3: a day late.
        Schedule onTime = schedule(task("L", 10).withStartNoEarlierThan(date(3, 2)),
                task("A", 3).withStartNoEarlierThan(date(3, 2)), milestone("M", fs("A")).withDeadline(date(3, 4)));
        Schedule late = schedule(task("L", 10).withStartNoEarlierThan(date(3, 2)),
                task("A", 3).withStartNoEarlierThan(date(3, 2)), milestone("M", fs("A")).withDeadline(date(3, 3)));

        assertDates(onTime.task("M"), date(3, 4), date(3, 4));
        assertThat(onTime.task("M").totalFloat()).isZero();
        assertThat(onTime.task("M").lateFinish()).isEqualTo(date(3, 4));
        assertThat(late.task("M").totalFloat()).isEqualTo(-1);
        assertThat(late.task("M").lateStart()).isEqualTo(date(3, 3));
        assertThat(late.task("A").totalFloat()).isEqualTo(-1);
    }
}
