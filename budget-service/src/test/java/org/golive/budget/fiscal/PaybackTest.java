package org.golive.budget.fiscal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaybackTest {

    private static List<BigDecimal> flows(String... flows) {
        return Arrays.stream(flows).map(BigDecimal::new).toList();
    }

    @Test
    void interpolatesWithinTheYearTheCumulativeTurns() {
        // cumulative -100, -40, +20: 1 + 40 / 60 = 1.6667 -> 1.67
        assertThat(Payback.of(flows("-100", "60", "60"))).contains(new BigDecimal("1.67"));
    }

    @Test
    void aCumulativeReachingZeroPaysBackAtTheEndOfThatYear() {
        assertThat(Payback.of(flows("-100", "50", "50", "50"))).contains(new BigDecimal("2.00"));
    }

    @Test
    void aCumulativeStillNegativeAtTheEndNeverPaysBack() {
        assertThat(Payback.of(flows("-100", "30", "30", "30"))).isEmpty();
        assertThat(Payback.of(flows("0", "-1"))).isEmpty();
    }

    @Test
    void aCumulativeNeverNegativeHasNothingToPayBack() {
        assertThat(Payback.of(flows("0", "10", "0"))).contains(new BigDecimal("0.00"));
        assertThat(Payback.of(flows("0"))).contains(new BigDecimal("0.00"));
    }

    @Test
    void theFirstTurnCountsEvenIfALaterYearDipsAgain() {
        // cumulative -100, +50, -150, -150: paid back at 0 + 100 / 150 = 0.67, though year 2's upgrade undoes it
        assertThat(Payback.of(flows("-100", "150", "-200", "0"))).contains(new BigDecimal("0.67"));
    }
}
