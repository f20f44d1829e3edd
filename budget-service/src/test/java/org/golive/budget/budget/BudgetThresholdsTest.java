package org.golive.budget.budget;

import org.golive.contract.budget.ThresholdCrossed;
import org.golive.contract.budget.ThresholdsSet;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.budget.budget.BudgetMother.JULY;
import static org.golive.budget.budget.BudgetMother.NOW;
import static org.golive.budget.budget.BudgetMother.actual;
import static org.golive.budget.budget.BudgetMother.approved;
import static org.golive.budget.budget.BudgetMother.closed;
import static org.golive.budget.budget.BudgetMother.draft;

/** A budget's own thresholds against its program's, and what spend already booked has passed, without Spring. */
class BudgetThresholdsTest {

    private static final ThresholdPercents DEFAULTS = new ThresholdPercents(List.of(90, 100));

    private static ThresholdPercents percents(Integer... values) {
        return ThresholdPercents.checked(Arrays.asList(values), "percents");
    }

    private static List<String> crossings(Changed<?> changed) {
        return changed.events().stream().map(RaisedEvent::data).filter(ThresholdCrossed.class::isInstance)
                .map(ThresholdCrossed.class::cast)
                .map(c -> (c.category() == null ? "TOTAL" : c.category()) + ":" + c.thresholdPercent()).toList();
    }

    /** Approved: 100,000 of training and 100,000 of interfaces; 60,000 spent on training. */
    private static Budget spentOnTraining() {
        Budget budget = approved();
        budget.spend().book(List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "60000")), DEFAULTS.values(),
                JULY, NOW);
        return budget;
    }

    @Test
    void lowerProgramThresholdsAnnounceWhatSpendAlreadyPassedOnce() {
        Budget budget = spentOnTraining();

        Changed<Budget> first = budget.thresholdRules().reassess(percents(25, 50, 100), NOW);
        Changed<Budget> again = budget.thresholdRules().reassess(percents(25, 50, 100), NOW);

        assertThat(crossings(first)).containsExactlyInAnyOrder("TOTAL:25", "TRAINING:25", "TRAINING:50");
        assertThat(again.raisedEvents()).isFalse();
    }

    @Test
    void aBudgetWithItsOwnThresholdsIgnoresItsProgramsAndFollowsThemAgainWhenToldTo() {
        Budget budget = spentOnTraining();

        Changed<Budget> own = budget.thresholdRules().set(percents(80), DEFAULTS, "finance", NOW);
        ThresholdsSet set = (ThresholdsSet) own.events().get(0).data();
        assertThat(set.scope()).isEqualTo("BUDGET");
        assertThat(set.percents()).containsExactly(80);
        assertThat(set.previousPercents()).isNull();
        assertThat(crossings(own)).isEmpty();
        assertThat(budget.thresholdRules().reassess(percents(10), NOW).raisedEvents()).isFalse();

        Changed<Budget> follow = budget.thresholdRules().set(null, percents(10), "finance", NOW);
        ThresholdsSet back = (ThresholdsSet) follow.events().get(0).data();
        assertThat(back.percents()).isNull();
        assertThat(back.previousPercents()).containsExactly(80);
        assertThat(back.effectivePercents()).containsExactly(10);
        assertThat(crossings(follow)).containsExactlyInAnyOrder("TOTAL:10", "TRAINING:10");
    }

    @Test
    void bookingUsesTheBudgetsOwnThresholdsOverItsProgramsAndOnlyOnceApproved() {
        Budget budget = approved();
        budget.thresholdRules().set(percents(30), DEFAULTS, "finance", NOW);

        var booked = budget.spend().book(List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "35000")),
                DEFAULTS.values(), JULY, NOW);

        assertThat(crossings(booked)).containsExactly("TRAINING:30");
        assertThat(crossings(draft().thresholdRules().set(percents(1), DEFAULTS, "finance", NOW))).isEmpty();
        assertThatThrownBy(() -> closed().thresholdRules().set(percents(50), DEFAULTS, "finance", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void thresholdsAreOneToTenAscendingWholePercents() {
        assertThat(percents(1, 90, 1000).values()).containsExactly(1, 90, 1000);
        assertThatThrownBy(() -> percents(90, 90)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fields()).containsKey("percents[1]"));
        assertThatThrownBy(() -> percents(0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> percents(1001)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> percents(5, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> percents()).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> percents(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)).isInstanceOf(RuleViolationException.class);
    }
}
