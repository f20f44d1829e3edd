package org.golive.tracking.report;

import org.golive.tracking.status.Plans;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FigureSnapshotsTest {

    @Test
    void thePastCompletedShareCountsTheTasksFinishedByThatDay() {
        // design (100 h) finished 15 January; build (200 h) under way; test (100 h) not started.
        var plan = Plans.workedExample("r-1");

        assertThat(FigureSnapshots.completedBy(plan, LocalDate.of(2027, 1, 14))).isEqualByComparingTo("0.0");
        assertThat(FigureSnapshots.completedBy(plan, LocalDate.of(2027, 1, 15))).isEqualByComparingTo("25.0");
        assertThat(FigureSnapshots.completedBy(plan, LocalDate.of(2027, 1, 22))).isEqualByComparingTo("25.0");
    }
}
