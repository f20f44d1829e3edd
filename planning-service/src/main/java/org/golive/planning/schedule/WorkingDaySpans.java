package org.golive.planning.schedule;

/**
 * One {@code [start, end)} span of {@link Timeline} points per task, by the task's position in the plan: the early
 * dates of the forward pass or the late dates of the backward pass. {@code long} so that extreme lags cannot overflow.
 */
final class WorkingDaySpans {

    final long[] start;
    final long[] end;
    /**
     * For a milestone: whether its point is the finish of what drives it (a predecessor's finish, a finish
     * constraint), shown as the end of the day before rather than the start of the next (MS Project's convention).
     */
    final boolean[] endLike;

    WorkingDaySpans(int size) {
        start = new long[size];
        end = new long[size];
        endLike = new boolean[size];
    }
}
