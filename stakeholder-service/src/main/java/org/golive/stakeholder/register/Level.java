package org.golive.stakeholder.register;

/** A rating on the influence/interest grid. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
