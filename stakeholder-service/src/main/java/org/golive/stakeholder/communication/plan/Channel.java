package org.golive.stakeholder.communication.plan;

/** How a plan entry reaches its audience. Golive sends e-mail itself; the others are planned and tracked here. */
public enum Channel {
    EMAIL,
    MEETING,
    NEWSLETTER,
    INTRANET
}
