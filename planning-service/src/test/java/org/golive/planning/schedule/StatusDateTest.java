package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.planning.schedule.Plans.WEEKDAYS;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.task;

/**
 * A status date with remaining duration, as MS Project reschedules uncompleted work: what is done stays, an
 * in-progress task's remainder runs from the status date when it is behind, work not started starts after it.
 * Status date Friday 2026-03-13.
 */
class StatusDateTest {

    private static final LocalDate STATUS = date(3, 13);

    private static Schedule schedule(LocalDate statusDate, ScheduleTask... tasks) {
        return new Scheduler().schedule(List.of(tasks), WEEKDAYS, statusDate);
    }

    @Test
    void anInProgressTaskBehindPlanHasItsRemainderRescheduledFromTheStatusDate() {
        // 10 days from Mon 2, 20 % done by Fri 13: 8 days remain from Mon 16, to Wed 25 (not Fri 13).
        ScheduleTask build = task("build", 10).withProgress(Progress.startedOn(date(3, 2), 20));

        Schedule schedule = schedule(STATUS, build, task("test", 2, fs("build")));

        assertThat(schedule.task("build").start()).isEqualTo(date(3, 2));
        assertThat(schedule.task("build").finish()).isEqualTo(date(3, 25));
        assertThat(schedule.task("test").start()).isEqualTo(date(3, 26));
        assertThat(schedule(null, build).task("build").finish()).as("without a status date")
                .isEqualTo(date(3, 13));
    }

    @Test
    void anInProgressTaskAheadOfPlanKeepsItsFinish() {
        // 90 % of 10 days done by Fri 13: one day would remain from Mon 16, but the duration ends Fri 13.
        ScheduleTask build = task("build", 10).withProgress(Progress.startedOn(date(3, 2), 90));

        assertThat(schedule(date(3, 6), build).task("build").finish()).isEqualTo(date(3, 13));
    }

    @Test
    void workNotStartedStartsAfterTheStatusDate() {
        ScheduleTask overdue = task("overdue", 2).withStartNoEarlierThan(date(3, 2));
        ScheduleTask later = task("later", 1).withStartNoEarlierThan(date(3, 20));

        Schedule schedule = schedule(STATUS, overdue, later);

        assertThat(schedule.task("overdue").start()).isEqualTo(date(3, 16));
        assertThat(schedule.task("later").start()).as("a later date is kept").isEqualTo(date(3, 20));
    }

    @Test
    void completedWorkStaysWhereItHappened() {
        ScheduleTask design = task("design", 3).withProgress(Progress.done(date(3, 2), date(3, 4)));

        Schedule schedule = schedule(STATUS, design, task("build", 2, fs("design")));

        assertThat(schedule.task("design").start()).isEqualTo(date(3, 2));
        assertThat(schedule.task("design").finish()).isEqualTo(date(3, 4));
        assertThat(schedule.task("build").start()).as("its successor, not started, waits").isEqualTo(date(3, 16));
    }
}
