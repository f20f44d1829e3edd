package org.golive.stakeholder.register;

/**
 * Where influence (power) and interest put a stakeholder on the power/interest grid, and so how the engagement plan
 * treats them. The grid splits at HIGH: a MEDIUM rating is not yet where the project's attention must go.
 */
public enum Quadrant {
    /** High influence, high interest: key players, engaged in person. */
    MANAGE_CLOSELY,
    /** High influence, lower interest: kept content, not flooded. */
    KEEP_SATISFIED,
    /** Lower influence, high interest: kept informed, often the future super-users. */
    KEEP_INFORMED,
    /** Lower influence, lower interest: watched, with general communications. */
    MONITOR;

    /** The quadrant of a rating, or null while influence or interest is not rated. */
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
