package org.golive.planning.plan;

/** Where a task stands. A done task keeps its actual dates whatever else moves. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
