package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A task's date constraint.
 *
 * @param type the kind of constraint
 * @param date the constraint's date for the six dated types, null for ASAP and ALAP
 */
public record Constraint(ConstraintType type, LocalDate date) {

    public static final Constraint ASAP = new Constraint(ConstraintType.ASAP, null);
    public static final Constraint ALAP = new Constraint(ConstraintType.ALAP, null);

    /** @throws IllegalArgumentException for a dated type without a date, or a date on ASAP or ALAP */
    public Constraint {
        Objects.requireNonNull(type, "type");
        if (type.dated() && date == null) {
            throw new IllegalArgumentException("A " + type + " constraint needs a date");
        }
        if (!type.dated() && date != null) {
            throw new IllegalArgumentException("An " + type + " constraint takes no date");
        }
    }

    public static Constraint of(ConstraintType type, LocalDate date) {
        return new Constraint(type, date);
    }
}
