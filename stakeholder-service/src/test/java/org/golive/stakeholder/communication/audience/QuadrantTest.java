package org.golive.stakeholder.communication.audience;

import org.golive.stakeholder.register.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuadrantTest {

    @Test
    void highInfluenceAndHighInterestIsManagedClosely() {
        assertThat(Quadrant.of(Level.HIGH, Level.HIGH)).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThat(Quadrant.of(Level.HIGH, Level.MEDIUM)).isEqualTo(Quadrant.KEEP_SATISFIED);
        assertThat(Quadrant.of(Level.MEDIUM, Level.HIGH)).isEqualTo(Quadrant.KEEP_INFORMED);
        assertThat(Quadrant.of(Level.LOW, Level.LOW)).isEqualTo(Quadrant.MONITOR);
        assertThat(Quadrant.of(null, Level.HIGH)).as("not assessed: no quadrant").isNull();
    }
}
