package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.milestone;
import static org.golive.planning.schedule.Plans.schedule;
import static org.golive.planning.schedule.Plans.ss;
import static org.golive.planning.schedule.Plans.task;

/*
 * Free float beside total float. From Monday 2026-03-02: Long runs 10 days (Mon 2 .. Fri 13) into the end milestone.
 * Short (2 days) feeds Mid (3 days), which feeds End: Short can slip only into the gap before Mid, Mid into the gap
 * before End.
 */
class FreeFloatTest {

    private static Schedule plan(ScheduleTask... more) {
        ScheduleTask[] tasks = new ScheduleTask[more.length + 4];
        tasks[0] = task("Long", 10).withStartNoEarlierThan(date(3, 2));
        tasks[1] = task("Short", 2).withStartNoEarlierThan(date(3, 2));
        tasks[2] = task("Mid", 3, fs("Short")).withStartNoEarlierThan(date(3, 5));
        tasks[3] = milestone("End", fs("Long"), fs("Mid"));
        System.arraycopy(more, 0, tasks, 4, more.length);
        return schedule(tasks);
    }

    @Test
    void freeFloatIsTheGapBeforeTheNearestSuccessorAndTotalFloatTheGapBeforeThePlansEnd() {
        Schedule schedule = plan();

        // Short ends Tue 3, Mid starts Thu 5 (its own date): 1 day free. Mid ends Mon 9, End is on Mon 16: 4 days,
        // all its total float. Short's total float is 5: it can push Mid up to Mid's late start.
        assertThat(schedule.task("Short").freeFloat()).isEqualTo(1);
        assertThat(schedule.task("Short").totalFloat()).isEqualTo(5);
        assertThat(schedule.task("Mid").freeFloat()).isEqualTo(4);
        assertThat(schedule.task("Mid").totalFloat()).isEqualTo(4);
        assertThat(schedule.task("Long").freeFloat()).isZero();
    }

    @Test
    void aTaskWithoutSuccessorsMayFloatToThePlansFinish() {
        Schedule schedule = plan(task("Loose", 4).withStartNoEarlierThan(date(3, 2)));

        assertThat(schedule.task("Loose").freeFloat()).isEqualTo(6);
    }

    @Test
    void aStartToStartLinkMeasuresFromTheStart() {
        Schedule schedule = plan(task("Follower", 1, ss("Short", 0)).withStartNoEarlierThan(date(3, 4)));

        // Follower starts Wed 4, two days after Short's start: Short may start two days later.
        assertThat(schedule.task("Short").freeFloat()).isEqualTo(1);
        assertThat(schedule.task("Follower").freeFloat()).isEqualTo(7);
    }

    @Test
    void freeFloatIsNeverNegative() {
        Schedule schedule = plan(task("Late", 3).withStartNoEarlierThan(date(3, 2)).withDeadline(date(3, 3)));

        assertThat(schedule.task("Late").totalFloat()).isNegative();
        assertThat(schedule.task("Late").freeFloat()).isZero();
    }

    @Test
    void aDoneTaskHasNoFreeFloat() {
        Schedule schedule = plan(task("Done", 1).withProgress(new Progress(date(3, 2), date(3, 2))));

        assertThat(schedule.task("Done").freeFloat()).isZero();
    }
}
