package org.golive.stakeholder.communication.audience;

import org.golive.stakeholder.register.Level;

/**
 * Where a stakeholder sits on the power (influence) / interest grid, and so how to communicate with them. HIGH counts
 * as high; MEDIUM and LOW as low.
 */
public enum Quadrant {
    MANAGE_CLOSELY,
    KEEP_SATISFIED,
    KEEP_INFORMED,
    MONITOR;

    /** Null while influence or interest is not assessed: such a stakeholder is in no quadrant yet. */
    public static Quadrant of(Level influence, Level interest) {
        if (influence == null || interest == null) {
            return null;
        }
        boolean powerful = influence == Level.HIGH;
        boolean interested = interest == Level.HIGH;
        if (powerful) {
            return interested ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return interested ? KEEP_INFORMED : MONITOR;
    }
}
