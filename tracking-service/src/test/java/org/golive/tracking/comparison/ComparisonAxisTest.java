package org.golive.tracking.comparison;

import org.golive.tracking.readiness.Revision;
import org.golive.tracking.status.TrackedPlan;
import org.golive.tracking.status.TrackedTask;
import org.junit.jupiter.api.Test;
import org.golive.platform.input.RefusedParameterException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparisonAxisTest {

    @Test
    void theAxisHoldsEveryMultipleOfTheStepGoLiveIncluded() {
        assertThat(ComparisonController.axis(25, -10, 10)).containsExactly(20, 10, 0, -10);
        assertThat(ComparisonController.axis(120, -30, 30)).containsExactly(120, 90, 60, 30, 0, -30);
    }

    @Test
    void anInvertedOrTooDenseAxisIsA400NamingTheParameter() {
        assertThatThrownBy(() -> ComparisonController.axis(-10, 10, 1)).isInstanceOf(RefusedParameterException.class)
                .extracting(e -> ((RefusedParameterException) e).parameter()).isEqualTo("to");
        assertThatThrownBy(() -> ComparisonController.axis(3650, -3650, 1)).isInstanceOf(RefusedParameterException.class)
                .extracting(e -> ((RefusedParameterException) e).parameter()).isEqualTo("step");
    }

    private static final TrackedPlan PLAN = new TrackedPlan("r", "p", "w", "Site", LocalDate.of(2027, 6, 1), null,
            List.of(
                    // Monday to Friday, 5 working days; done on the Wednesday after.
                    new TrackedTask("a", "a", "build", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), 5, false,
                            false, "DONE", 100, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 10),
                            BigDecimal.valueOf(30), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5)),
                    new TrackedTask("b", "b", "test", LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 12), 5, false,
                            false, "IN_PROGRESS", 50, LocalDate.of(2027, 3, 8), null, BigDecimal.valueOf(10),
                            LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 12))),
            List.of(), null);

    @Test
    void thePlannedCurveFollowsTheBaselineByWorkingDays() {
        assertThat(DerivedFigures.planned(PLAN, LocalDate.of(2027, 2, 26))).isEqualByComparingTo("0");
        // 2 of task a's 5 days: 30 × 0.4 = 12 of 40 hours
        assertThat(DerivedFigures.planned(PLAN, LocalDate.of(2027, 3, 2))).isEqualByComparingTo("30.0");
        assertThat(DerivedFigures.planned(PLAN, LocalDate.of(2027, 3, 12))).isEqualByComparingTo("100.0");
    }

    @Test
    void pastProgressCountsOnlyTasksFinishedByThenAFloor() {
        assertThat(DerivedFigures.doneBy(PLAN, LocalDate.of(2027, 3, 9))).isEqualByComparingTo("0.0");
        assertThat(DerivedFigures.doneBy(PLAN, LocalDate.of(2027, 3, 10))).isEqualByComparingTo("75.0");
    }

    @Test
    void pastReadinessIsTheScoreAfterTheDaysLastRevision() {
        List<Revision> history = List.of(revision(1, "2027-03-01T09:00:00Z", "40"),
                revision(2, "2027-03-01T17:00:00Z", "45"), revision(3, "2027-03-04T09:00:00Z", "60"));
        assertThat(DerivedFigures.readiness(history, LocalDate.of(2027, 2, 28), ZoneOffset.UTC)).isNull();
        assertThat(DerivedFigures.readiness(history, LocalDate.of(2027, 3, 1), ZoneOffset.UTC))
                .isEqualByComparingTo("45");
        assertThat(DerivedFigures.readiness(history, LocalDate.of(2027, 3, 3), ZoneOffset.UTC))
                .isEqualByComparingTo("45");
        assertThat(DerivedFigures.readiness(history, LocalDate.of(2027, 3, 4), ZoneOffset.UTC))
                .isEqualByComparingTo("60");
    }

    private static Revision revision(int number, String at, String score) {
        return new Revision(number, Instant.parse(at), "pmo", Revision.Cause.ASSESSMENT, List.of(), null,
                new BigDecimal(score), null, false);
    }
}
