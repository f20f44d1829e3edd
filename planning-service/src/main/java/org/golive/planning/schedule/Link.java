package org.golive.planning.schedule;

import java.util.Objects;

/**
 * A dependency on another task of the same plan.
 *
 * @param predecessorId the task depended on
 * @param type          which ends of the two tasks the link ties
 * @param lagDays       working days between them; negative for a lead (the successor may overlap). 0 when
 *                      {@code lag} is in another unit
 * @param lag           the lag in MS Project's units (working time of the successor's calendar, or elapsed); null
 *                      means {@code lagDays} days
 */
public record Link(String predecessorId, LinkType type, int lagDays, ScheduleDuration lag) {

    public Link {
        Objects.requireNonNull(predecessorId, "predecessorId");
        Objects.requireNonNull(type, "type");
        lag = lag == null ? ScheduleDuration.days(lagDays) : lag;
        lagDays = lag.inDays() ? Math.toIntExact(lag.amount()) : 0;
    }

    /** A lag in working days. */
    public Link(String predecessorId, LinkType type, int lagDays) {
        this(predecessorId, type, lagDays, null);
    }

    /** A lag in any of MS Project's units. */
    public Link(String predecessorId, LinkType type, ScheduleDuration lag) {
        this(predecessorId, type, 0, Objects.requireNonNull(lag, "lag"));
    }

    /** The common case: finish-to-start without lag. */
    public static Link finishToStart(String predecessorId) {
        return new Link(predecessorId, LinkType.FINISH_TO_START, 0);
    }
}
