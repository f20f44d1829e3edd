package org.golive.planning.plan;

import org.golive.planning.schedule.Constraint;
import org.golive.planning.schedule.ConstraintType;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskDefinitionConstraintTest {

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 9, 6);

    private static TaskDefinition definition(Integer startOffset, ConstraintType type, Integer offset) {
        return new TaskDefinition(null, null, "T", startOffset, null, 1, null, null, null, null, type, offset);
    }

    @Test
    void snetIsKeptAsTheStartNoEarlierThanOffsetWhicheverWayItCame() {
        assertThat(definition(-7, null, null)).isEqualTo(definition(null, ConstraintType.SNET, -7))
                .isEqualTo(definition(-7, ConstraintType.SNET, null));
        assertThat(definition(-7, null, null).constraint(GO_LIVE))
                .isEqualTo(Constraint.of(ConstraintType.SNET, GO_LIVE.minusDays(7)));
    }

    @Test
    void otherConstraintsMoveWithGoLive() {
        TaskDefinition mso = definition(null, ConstraintType.MSO, -2);

        assertThat(mso.constraint(GO_LIVE)).isEqualTo(Constraint.of(ConstraintType.MSO, GO_LIVE.minusDays(2)));
        assertThat(mso.constraint(GO_LIVE.plusDays(7)).date()).isEqualTo(GO_LIVE.plusDays(5));
        assertThat(definition(null, null, null).constraint(GO_LIVE)).isEqualTo(Constraint.ASAP);
        assertThat(definition(null, ConstraintType.ALAP, null).constraint(GO_LIVE)).isEqualTo(Constraint.ALAP);
    }

    @Test
    void invalidCombinationsAreRuleViolations() {
        assertThatThrownBy(() -> definition(null, ConstraintType.SNET, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("needs a date");
        assertThatThrownBy(() -> definition(null, ConstraintType.FNLT, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("needs a date");
        assertThatThrownBy(() -> definition(null, ConstraintType.ALAP, 3))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("takes no date");
        assertThatThrownBy(() -> definition(-7, ConstraintType.MFO, 3))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("one constraint");
        assertThatThrownBy(() -> definition(null, null, 3))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("needs a constraint type");
    }
}
