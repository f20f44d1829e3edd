package org.golive.planning.schedule;

/**
 * One {@code [start, end)} span of working-day indices per task, by the task's position in the plan: the early dates
 * of the forward pass or the late dates of the backward pass. {@code long} so that extreme lags cannot overflow.
 */
final class WorkingDaySpans {

    final long[] start;
    final long[] end;

    WorkingDaySpans(int size) {
        start = new long[size];
        end = new long[size];
    }
}
