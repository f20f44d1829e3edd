package org.golive.tracking.training;

import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingFiguresTest {

    @Test
    void superUsersCountAgainstEachGroupsOwnNeedAtTheTargetRatio() {
        TrainingFigures figures = new TrainingFigures(10, List.of(
                new RoleGroupTraining("Nursing", 95, 90, 80, 12, 3, 3),     // needs 10, has 12: counts 10
                new RoleGroupTraining("Physicians", 40, 30, 30, 2, 2, 1))); // needs 4, has 2

        assertThat(figures.superUsersNeeded()).isEqualTo(14);
        assertThat(figures.superUserRatioPercent()).hasValue(85); // 12 of 14 = 85.7, rounded down
        assertThat(figures.trainedPercent()).hasValue(88);        // 120 of 135 = 88.9, rounded down
        assertThat(figures.proficiencyPercent()).hasValue(91);    // 110 of 120
        assertThat(figures.shiftCoveragePercent()).hasValue(80);  // 4 of 5
        assertThat(figures.withRatio(20).superUsersNeeded()).isEqualTo(7);
    }

    @Test
    void figuresThatContradictEachOtherAreRefused() {
        assertThatThrownBy(() -> new RoleGroupTraining("Nursing", 10, 11, 0, 0, 0, 0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new RoleGroupTraining("Nursing", 10, 5, 6, 0, 0, 0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new RoleGroupTraining("Nursing", 10, 5, 5, 0, 1, 2))
                .isInstanceOf(RuleViolationException.class);
        assertThat(TrainingFigures.none().trainedPercent()).isEmpty();
    }
}
