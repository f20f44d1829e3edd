package org.golive.planning.resource;

/** A named person, or a generic role that stands for people not yet named (its capacity is the team's). */
public enum ResourceKind {
    PERSON, ROLE
}
