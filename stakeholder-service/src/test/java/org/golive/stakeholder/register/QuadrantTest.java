package org.golive.stakeholder.register;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuadrantTest {

    @ParameterizedTest(name = "influence {0}, interest {1}: {2}")
    @CsvSource(nullValues = "null", value = {
            "HIGH, HIGH, MANAGE_CLOSELY",
            "HIGH, MEDIUM, KEEP_SATISFIED",
            "HIGH, LOW, KEEP_SATISFIED",
            "MEDIUM, HIGH, KEEP_INFORMED",
            "LOW, HIGH, KEEP_INFORMED",
            "MEDIUM, MEDIUM, MONITOR",
            "LOW, LOW, MONITOR",
            "MEDIUM, LOW, MONITOR",
            "null, HIGH, null",
            "HIGH, null, null"})
    void influenceAndInterestPlaceAStakeholderOnTheGrid(Level influence, Level interest, Quadrant expected) {
        assertThat(Quadrant.of(influence, interest)).isEqualTo(expected);
    }
}
