package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.schedule;
import static org.golive.planning.schedule.Plans.ss;
import static org.golive.planning.schedule.Plans.task;

class PlanValidationTest {

    private static final ScheduleTask ANCHOR = task("X", 1).withStartNoEarlierThan(date(3, 2));

    @Test
    void aCycleIsReportedWithExactlyItsTasksInLinkOrder() {
        // A -> B -> C -> A, with D hanging off the cycle and E unrelated.
        DependencyCycleException cycle = catchThrowableOfType(DependencyCycleException.class,
                () -> schedule(ANCHOR, task("A", 1, fs("C")), task("B", 1, fs("A")), task("C", 1, fs("B")),
                        task("D", 1, fs("C")), task("E", 1, fs("X"))));

        assertThat(cycle.taskIds()).containsExactly("A", "B", "C");
        assertThat(cycle).hasMessage("Dependency cycle: A -> B -> C -> A");
    }

    @Test
    void aCycleStartsWithItsTaskThatComesFirstInThePlan() {
        // The same cycle listed C, A, B, with the task after it (D) listed first: the walk starts at D.
        DependencyCycleException cycle = catchThrowableOfType(DependencyCycleException.class,
                () -> schedule(ANCHOR, task("D", 1, fs("C")), task("C", 1, fs("B")), task("A", 1, fs("C")),
                        task("B", 1, ss("A", 0))));

        assertThat(cycle.taskIds()).containsExactly("C", "A", "B");
    }

    @Test
    void aTwoTaskCycleNamesBoth() {
        DependencyCycleException cycle = catchThrowableOfType(DependencyCycleException.class,
                () -> schedule(ANCHOR, task("A", 1, fs("X"), fs("B")), task("B", 1, fs("A"))));

        assertThat(cycle.taskIds()).containsExactly("A", "B");
    }

    @Test
    void onlyOneOfTwoCyclesIsReportedAndNotTheTasksBetweenThem() {
        // A <-> B, then a long tail from B into a second cycle P -> Q -> R -> P.
        DependencyCycleException cycle = catchThrowableOfType(DependencyCycleException.class,
                () -> schedule(ANCHOR, task("A", 1, fs("B")), task("B", 1, fs("A")), task("T1", 1, fs("B")),
                        task("T2", 1, fs("T1")), task("P", 1, fs("T2"), fs("R")), task("Q", 1, fs("P")),
                        task("R", 1, fs("Q"))));

        assertThat(cycle.taskIds()).containsExactly("A", "B");
    }

    @Test
    void aCycleOfTenThousandTasksIsFoundWithoutRecursion() {
        List<ScheduleTask> ring = new ArrayList<>();
        ring.add(task("t0", 1, fs("t9999")).withStartNoEarlierThan(date(3, 2)));
        for (int i = 1; i < 10_000; i++) {
            ring.add(task("t" + i, 1, fs("t" + (i - 1))));
        }

        DependencyCycleException cycle = catchThrowableOfType(DependencyCycleException.class,
                () -> new Scheduler().schedule(ring, Plans.WEEKDAYS));

        assertThat(cycle.taskIds()).hasSize(10_000).startsWith("t0", "t1", "t2").endsWith("t9999");
    }

    @Test
    void anUnknownPredecessorNamesTheTaskAndTheMissingId() {
        UnknownPredecessorException unknown = catchThrowableOfType(UnknownPredecessorException.class,
                () -> schedule(ANCHOR, task("A", 1, fs("X"), fs("nowhere"))));

        assertThat(unknown.taskId()).isEqualTo("A");
        assertThat(unknown.predecessorId()).isEqualTo("nowhere");
        assertThat(unknown).hasMessageContaining("A").hasMessageContaining("nowhere");
    }

    @Test
    void duplicateIdsAreRejected() {
        assertThatThrownBy(() -> schedule(ANCHOR, task("A", 1), task("A", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate task id A");
    }

    @Test
    void aNegativeDurationIsRejected() {
        assertThatThrownBy(() -> task("A", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative duration");
    }

    @Test
    void aTaskCannotDependOnItself() {
        assertThatThrownBy(() -> task("A", 1, fs("B"), ss("A", 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("itself");
    }

    @Test
    void missingListsAndProgressMeanNone() {
        ScheduleTask task = new ScheduleTask("A", 1, null, date(3, 2), null, null);

        assertThat(task.predecessors()).isEmpty();
        assertThat(task.progress()).isEqualTo(Progress.NONE);
    }

    @Test
    void askingTheScheduleForAnUnknownTaskFails() {
        Schedule schedule = schedule(ANCHOR);

        assertThatThrownBy(() -> schedule.task("nowhere")).isInstanceOf(NoSuchElementException.class);
    }
}
