package org.golive.budget.budget;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Crossed thresholds are remembered in stored budgets by these keys: they must not change. */
class ThresholdKeyTest {

    @Test
    void aThresholdOfTheWholeBudgetIsStoredAsTotal() {
        assertThat(ThresholdKey.total(90).stored()).isEqualTo("TOTAL:90");
    }

    @Test
    void aThresholdOfACategoryIsStoredWithItsCategory() {
        assertThat(ThresholdKey.of(Category.TRAINING, 100).stored()).isEqualTo("CATEGORY:TRAINING:100");
    }
}
