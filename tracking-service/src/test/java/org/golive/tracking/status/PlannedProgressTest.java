package org.golive.tracking.status;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlannedProgressTest {

    private static final String START = LocalDate.now().plusDays(7).toString();
    private static final String FINISH = LocalDate.now().plusDays(21).toString();

    /** The shares are worked out once: each must be what the division gives, scale included (earned value shows it). */
    @Test
    void aTasksShareDoneIsItsPercentOverAHundredAsTheDivisionGivesIt() {
        for (int percent = 0; percent <= 100; percent++) {
            TrackedTask task = Plans.task("t", START, FINISH, 8, "IN_PROGRESS", percent);
            BigDecimal divided = BigDecimal.valueOf(percent).divide(BigDecimal.valueOf(100), MathContext.DECIMAL128);

            assertThat(PlannedProgress.done(task)).as(percent + " %").isEqualTo(divided); // equals: value and scale
        }
        assertThat(PlannedProgress.done(Plans.task("t", START, FINISH, 8, "DONE", 40))).isEqualTo(BigDecimal.ONE);
    }
}
