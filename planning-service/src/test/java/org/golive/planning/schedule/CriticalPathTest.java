package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.planning.schedule.LinkSchedulingTest.assertDates;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.ff;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.schedule;
import static org.golive.planning.schedule.Plans.ss;
import static org.golive.planning.schedule.Plans.task;

/*
 * Working-day indices from Monday 2026-03-02:
 *   Mon 2 (0) Tue 3 (1) Wed 4 (2) Thu 5 (3) Fri 6 (4) | Mon 9 (5) Tue 10 (6) Wed 11 (7) Thu 12 (8) Fri 13 (9)
 *   | Mon 16 (10) Tue 17 (11) Wed 18 (12) Thu 19 (13) Fri 20 (14)
 */
class CriticalPathTest {

    /*
     * The textbook network, all finish-to-start:
     *
     *        +-- B (4) -- D (5) --+
     *   A (3)                     +-- F (2)
     *        +-- C (2) -- E (3) --+
     *
     * Forward:  A [0, 3)  B [3, 7)  C [3, 5)  D [7, 12)  E [5, 8)  F [12, 14); the plan ends at 14.
     * Backward: F [12, 14)  D [7, 12)  E [9, 12)  B [3, 7)  C [7, 9)  A [0, 3).
     * Float: A, B, D, F 0; C and E 4. The critical path is A-B-D-F, 14 days against 10 for A-C-E-F.
     */
    private static final List<ScheduleTask> TEXTBOOK = List.of(
            task("A", 3).withStartNoEarlierThan(date(3, 2)),
            task("B", 4, fs("A")),
            task("C", 2, fs("A")),
            task("D", 5, fs("B")),
            task("E", 3, fs("C")),
            task("F", 2, fs("D"), fs("E")));

    @Test
    void theLongestPathOfTheTextbookNetworkIsCritical() {
        Schedule schedule = new Scheduler().schedule(TEXTBOOK, Plans.WEEKDAYS);

        assertThat(schedule.criticalPath()).containsExactly("A", "B", "D", "F");
        assertThat(schedule.tasks().values()).filteredOn(ScheduledTask::critical)
                .extracting(ScheduledTask::id).containsExactly("A", "B", "D", "F");
        assertThat(schedule.start()).isEqualTo(date(3, 2));
        assertThat(schedule.finish()).isEqualTo(date(3, 19));
    }

    @Test
    void theTextbookNetworkHasTheHandComputedDates() {
        Schedule schedule = new Scheduler().schedule(TEXTBOOK, Plans.WEEKDAYS);

        assertTask(schedule.task("A"), date(3, 2), date(3, 4), date(3, 2), date(3, 4), 0);
        assertTask(schedule.task("B"), date(3, 5), date(3, 10), date(3, 5), date(3, 10), 0);
        assertTask(schedule.task("C"), date(3, 5), date(3, 6), date(3, 11), date(3, 12), 4);
        assertTask(schedule.task("D"), date(3, 11), date(3, 17), date(3, 11), date(3, 17), 0);
        assertTask(schedule.task("E"), date(3, 9), date(3, 11), date(3, 13), date(3, 17), 4);
        assertTask(schedule.task("F"), date(3, 18), date(3, 19), date(3, 18), date(3, 19), 0);
    }

    @Test
    void theTasksComeOutInTheOrderTheyWentIn() {
        List<ScheduleTask> reversed = new ArrayList<>(TEXTBOOK);
        Collections.reverse(reversed);

        Schedule schedule = new Scheduler().schedule(reversed, Plans.WEEKDAYS);

        assertThat(schedule.tasks().keySet()).containsExactly("F", "E", "D", "C", "B", "A");
        assertThat(schedule.criticalPath()).containsExactly("A", "B", "D", "F");
    }

    /*
     * Overlapping links:  A (4);  B (6) SS A + 2;  C (3) FF B + 1;  D (2) FS C;  E (2) FS A.
     * Forward:  A [0, 4)  B [2, 8)  C ends at 9: [6, 9)  D [9, 11)  E [4, 6); the plan ends at 11.
     * Backward: D [9, 11)  C ends by D's start 9: [6, 9)  B ends by C's end - 1 = 8: [2, 8)
     *           A ends by B's start - 2 + 4 = 4: [0, 4)  E [9, 11), float 5.
     */
    @Test
    void criticalityFlowsThroughStartToStartAndFinishToFinishLinks() {
        Schedule schedule = schedule(task("A", 4).withStartNoEarlierThan(date(3, 2)), task("B", 6, ss("A", 2)),
                task("C", 3, ff("B", 1)), task("D", 2, fs("C")), task("E", 2, fs("A")));

        assertThat(schedule.criticalPath()).containsExactly("A", "B", "C", "D");
        assertTask(schedule.task("A"), date(3, 2), date(3, 5), date(3, 2), date(3, 5), 0);
        assertTask(schedule.task("B"), date(3, 4), date(3, 11), date(3, 4), date(3, 11), 0);
        assertTask(schedule.task("C"), date(3, 10), date(3, 12), date(3, 10), date(3, 12), 0);
        assertTask(schedule.task("E"), date(3, 6), date(3, 9), date(3, 13), date(3, 16), 5);
    }

    @Test
    void theCriticalPathIsListedByStartDate() {
        // Two critical chains: X (3) then Y (2) and, from the same Monday, P (5). Y starts Thu 5, P Mon 2.
        Schedule schedule = schedule(task("X", 3).withStartNoEarlierThan(date(3, 2)), task("Y", 2, fs("X")),
                task("P", 5).withStartNoEarlierThan(date(3, 2)));

        assertThat(schedule.criticalPath()).containsExactly("X", "P", "Y");
    }

    @Test
    void theSamePlanAlwaysGivesTheSameSchedule() {
        Schedule first = new Scheduler().schedule(TEXTBOOK, Plans.WEEKDAYS);
        Schedule second = new Scheduler().schedule(List.copyOf(TEXTBOOK), Plans.WEEKDAYS);

        assertThat(second).isEqualTo(first);
    }

    private static void assertTask(ScheduledTask task, LocalDate start, LocalDate finish,
                                   LocalDate lateStart, LocalDate lateFinish, int totalFloat) {
        assertDates(task, start, finish);
        assertThat(task.lateStart()).as("%s late start", task.id()).isEqualTo(lateStart);
        assertThat(task.lateFinish()).as("%s late finish", task.id()).isEqualTo(lateFinish);
        assertThat(task.totalFloat()).as("%s float", task.id()).isEqualTo(totalFloat);
        assertThat(task.critical()).as("%s critical", task.id()).isEqualTo(totalFloat <= 0);
    }
}
