package org.golive.planning.schedule;

import java.util.Objects;

/**
 * A dependency on another task of the same plan.
 *
 * @param predecessorId the task depended on
 * @param type          which ends of the two tasks the link ties
 * @param lagDays       working days between them; negative for a lead (the successor may overlap)
 */
public record Link(String predecessorId, LinkType type, int lagDays) {

    public Link {
        Objects.requireNonNull(predecessorId, "predecessorId");
        Objects.requireNonNull(type, "type");
    }

    /** The common case: finish-to-start without lag. */
    public static Link finishToStart(String predecessorId) {
        return new Link(predecessorId, LinkType.FINISH_TO_START, 0);
    }
}
