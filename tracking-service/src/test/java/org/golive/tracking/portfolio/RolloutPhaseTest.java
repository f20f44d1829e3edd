package org.golive.tracking.portfolio;

import org.golive.tracking.status.TrackedPlan;
import org.golive.tracking.status.TrackedTask;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutPhaseTest {

    private static TrackedTask task(String id, String phase, String start, String status) {
        LocalDate from = LocalDate.parse(start);
        return new TrackedTask(id, id, phase, from, from.plusDays(4), 5, false, false, status,
                "DONE".equals(status) ? 100 : 0, null, null, BigDecimal.TEN, from, from.plusDays(4));
    }

    private static TrackedPlan plan(TrackedTask... tasks) {
        return new TrackedPlan("r", "p", "w", "Site", LocalDate.of(2027, 6, 1), null, List.of(tasks), List.of(),
                null);
    }

    @Test
    void thePhaseIsThatOfTheUnfinishedTaskStartingFirstRankedInPlanOrder() {
        RolloutPhase phase = RolloutPhase.of(plan(task("a", "assess", "2027-01-04", "DONE"),
                task("t", "test", "2027-03-01", "NOT_STARTED"), task("b", "build", "2027-02-01", "IN_PROGRESS")));
        assertThat(phase).isEqualTo(new RolloutPhase("build", 1));
    }

    @Test
    void everyTaskDoneIsDoneRankedAfterEveryPhase() {
        assertThat(RolloutPhase.of(plan(task("a", "assess", "2027-01-04", "DONE"),
                task("t", "test", "2027-03-01", "DONE")))).isEqualTo(new RolloutPhase("DONE", 2));
    }

    @Test
    void noPlanNoPhase() {
        assertThat(RolloutPhase.of(plan())).isEqualTo(RolloutPhase.NOT_PLANNED);
    }
}
