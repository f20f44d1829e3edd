package org.golive.planning.schedule;

/**
 * How a successor depends on its predecessor, in the usual precedence-diagramming sense. With {@code s} a task's
 * first working day and {@code e} the working day after its last (see {@link Scheduler}), a link with lag {@code L}
 * requires of the successor:
 */
public enum LinkType {
    /** {@code succ.s >= pred.e + L}: starts once the predecessor is finished (the common case). */
    FINISH_TO_START,
    /** {@code succ.s >= pred.s + L}: starts once the predecessor has started. */
    START_TO_START,
    /** {@code succ.e >= pred.e + L}: cannot finish before the predecessor finishes. */
    FINISH_TO_FINISH,
    /** {@code succ.e >= pred.s + L}: cannot finish before the predecessor starts (e.g. the old system runs until
     * the new one is live). */
    START_TO_FINISH
}
