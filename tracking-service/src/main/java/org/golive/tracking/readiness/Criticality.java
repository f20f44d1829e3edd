package org.golive.tracking.readiness;

/** How much a criterion weighs in the score; a CRITICAL one not met also gates it (see {@link ReadinessScore}). */
public enum Criticality {
    CRITICAL(3), MAJOR(2), MINOR(1);

    private final int weight;

    Criticality(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
