package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.planning.schedule.LinkSchedulingTest.assertDates;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.milestone;
import static org.golive.planning.schedule.Plans.schedule;
import static org.golive.planning.schedule.Plans.task;

/*
 * MS Project's eight constraints, with its default precedence: a constraint date wins over the links.
 * Working-day indices from Monday 2026-03-02:
 *   Mon 2 (0) .. Fri 6 (4) | Mon 9 (5) .. Fri 13 (9) | Mon 16 (10) .. Fri 20 (14) | Mon 23 (15) .. Fri 27 (19)
 * Every plan starts with A, 5 days from Mon 2 (finishes Fri 6).
 */
class ConstraintTypesTest {

    private static final ScheduleTask A = task("A", 5).withStartNoEarlierThan(date(3, 2));

    private static ScheduleTask constrained(ScheduleTask task, ConstraintType type, LocalDate date) {
        return task.withConstraint(Constraint.of(type, date));
    }

    @Test
    void asSoonAsPossibleIsTheDefault() {
        Schedule plain = schedule(A, task("B", 2, fs("A")));
        Schedule asap = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.ASAP, null));

        assertThat(asap).isEqualTo(plain);
    }

    @Test
    void startNoEarlierThanAsAConstraintIsTheStartNoEarlierThanDate() {
        Schedule schedule = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.SNET, date(3, 11)));

        assertDates(schedule.task("B"), date(3, 11), date(3, 12));
        assertThat(schedule.task("B")).isEqualTo(
                schedule(A, task("B", 2, fs("A")).withStartNoEarlierThan(date(3, 11))).task("B"));
    }

    @Test
    void finishNoEarlierThanDelaysTheTaskToFinishOnTheDate() {
        Schedule schedule = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.FNET, date(3, 13)));

        assertDates(schedule.task("B"), date(3, 12), date(3, 13));
    }

    @Test
    void finishNoEarlierThanIsNoBarToALaterFinishFromTheLinks() {
        Schedule schedule = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.FNET, date(3, 3)));

        assertDates(schedule.task("B"), date(3, 9), date(3, 10));
    }

    @Test
    void startNoLaterThanWinsOverALinkAndThePredecessorShowsTheConflictAsNegativeFloat() {
        // A finishes Fri 6, so B would start Mon 9; SNLT Wed 4 keeps it there and A is two days late.
        Schedule schedule = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.SNLT, date(3, 4)));

        assertDates(schedule.task("B"), date(3, 4), date(3, 5));
        assertThat(schedule.task("A").totalFloat()).isEqualTo(-3);
        assertThat(schedule.task("A").critical()).isTrue();
    }

    @Test
    void startNoLaterThanLeavesAnEarlierStartAlone() {
        Schedule schedule = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.SNLT, date(3, 18)),
                task("C", 20).withStartNoEarlierThan(date(3, 2)));

        assertDates(schedule.task("B"), date(3, 9), date(3, 10));
        // The late start is capped at the constraint, not at the plan's finish: Mon 9 .. Wed 18 is 7 working days.
        assertThat(schedule.task("B").lateStart()).isEqualTo(date(3, 18));
        assertThat(schedule.task("B").totalFloat()).isEqualTo(7);
    }

    @Test
    void finishNoLaterThanCapsTheFinish() {
        Schedule schedule = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.FNLT, date(3, 8)));

        // Sunday 8: the last working day on or before it is Fri 6.
        assertDates(schedule.task("B"), date(3, 5), date(3, 6));
        assertThat(schedule.task("A").totalFloat()).isEqualTo(-2);
    }

    @Test
    void finishNoLaterThanGivesFloatUpToItsDate() {
        Schedule schedule = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.FNLT, date(3, 13)),
                task("C", 15).withStartNoEarlierThan(date(3, 2)));

        assertDates(schedule.task("B"), date(3, 9), date(3, 10));
        assertThat(schedule.task("B").lateFinish()).isEqualTo(date(3, 13));
        assertThat(schedule.task("B").totalFloat()).isEqualTo(3);
    }

    @Test
    void mustStartOnIgnoresTheLinksBothWays() {
        Schedule early = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.MSO, date(3, 4)));
        Schedule late = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.MSO, date(3, 16)),
                task("C", 20).withStartNoEarlierThan(date(3, 2)));

        assertDates(early.task("B"), date(3, 4), date(3, 5));
        assertThat(early.task("A").totalFloat()).isEqualTo(-3);
        assertDates(late.task("B"), date(3, 16), date(3, 17));
        // Early and late start both sit on the date, so its predecessor's float ends there.
        assertThat(late.task("B").lateStart()).isEqualTo(date(3, 16));
        assertThat(late.task("B").totalFloat()).isZero();
        assertThat(late.task("A").totalFloat()).isEqualTo(5);
    }

    @Test
    void mustFinishOnPlacesTheFinishOnTheDate() {
        Schedule schedule = schedule(A, constrained(task("B", 3, fs("A")), ConstraintType.MFO, date(3, 18)));

        assertDates(schedule.task("B"), date(3, 16), date(3, 18));
        assertThat(schedule.task("B").lateFinish()).isEqualTo(date(3, 18));
    }

    @Test
    void aMilestoneMustFinishOnItsDay() {
        Schedule schedule = schedule(A, constrained(milestone("M", fs("A")), ConstraintType.MFO, date(3, 18)));

        assertDates(schedule.task("M"), date(3, 18), date(3, 18));
    }

    @Test
    void successorsFollowAConstrainedTask() {
        Schedule schedule = schedule(A, constrained(task("B", 2, fs("A")), ConstraintType.MSO, date(3, 16)),
                task("C", 1, fs("B")));

        assertDates(schedule.task("C"), date(3, 18), date(3, 18));
    }

    @Test
    void asLateAsPossibleFinishesJustBeforeItsSuccessorAndPullsNothing() {
        // Long: Mon 2 .. Fri 20 (15 days) drives the finish. B (2 days) feeds the final milestone F alongside it.
        Schedule schedule = schedule(A, task("Long", 15).withStartNoEarlierThan(date(3, 2)),
                constrained(task("B", 2, fs("A")), ConstraintType.ALAP, null),
                milestone("F", fs("B"), fs("Long")));

        assertDates(schedule.task("B"), date(3, 19), date(3, 20));
        assertThat(schedule.task("B").totalFloat()).isZero();
        // F sits at the finish of Long and B, Friday 20 17:00 (MS Project's milestone convention).
        assertThat(schedule.task("F").start()).isEqualTo(schedule.task("Long").finish());
        assertThat(schedule.finish()).isEqualTo(date(3, 20));
    }

    @Test
    void asLateAsPossiblePushesItsOwnSuccessorsAlong() {
        Schedule schedule = schedule(A, task("Long", 15).withStartNoEarlierThan(date(3, 2)),
                constrained(task("B", 2, fs("A")), ConstraintType.ALAP, null), task("C", 1, fs("B")));

        assertDates(schedule.task("B"), date(3, 18), date(3, 19));
        assertDates(schedule.task("C"), date(3, 20), date(3, 20));
    }

    @Test
    void anMsoDateAnchorsAPlanWithoutOtherDates() {
        Schedule schedule = schedule(constrained(task("B", 2), ConstraintType.MSO, date(3, 4)), task("C", 1));

        assertThat(schedule.start()).isEqualTo(date(3, 4));
        assertDates(schedule.task("C"), date(3, 4), date(3, 4));
    }

    @Test
    void aStartedTaskKeepsItsActualStartWhateverItsConstraint() {
        ScheduleTask started = constrained(task("B", 2), ConstraintType.MSO, date(3, 16))
                .withProgress(new Progress(date(3, 3), null));

        assertDates(schedule(A, started).task("B"), date(3, 3), date(3, 4));
    }

    @Test
    void aDatedConstraintNeedsItsDateAndTheOthersTakeNone() {
        assertThatThrownBy(() -> Constraint.of(ConstraintType.SNET, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SNET constraint needs a date");
        assertThatThrownBy(() -> Constraint.of(ConstraintType.ALAP, date(3, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no date");
    }

    @Test
    void aTaskHasOneConstraint() {
        assertThatThrownBy(() -> constrained(task("B", 2), ConstraintType.MSO, date(3, 2))
                .withStartNoEarlierThan(date(3, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two constraints");
    }
}
