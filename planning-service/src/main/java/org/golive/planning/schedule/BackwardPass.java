package org.golive.planning.schedule;

import java.util.List;

/** The late dates of a plan: the backward pass that {@link Scheduler} describes, in reverse topological order. */
final class BackwardPass {

    private BackwardPass() {
    }

    static WorkingDaySpans lateDates(List<ScheduleTask> tasks, WorkCalendar calendar, TaskGraph graph,
                                     WorkingDaySpans early) {
        long planEnd = Long.MIN_VALUE;
        for (long end : early.end) {
            planEnd = Math.max(planEnd, end);
        }
        WorkingDaySpans late = new WorkingDaySpans(graph.size);
        long[] lateStart = late.start;
        long[] lateEnd = late.end;
        int[] order = graph.order;
        for (int i = order.length - 1; i >= 0; i--) {
            int v = order[i];
            ScheduleTask task = tasks.get(v);
            if (task.progress().isDone()) {
                lateStart[v] = early.start[v];
                lateEnd[v] = early.end[v];
                continue;
            }
            int duration = task.durationDays();
            long end = planEnd;
            if (task.deadline() != null) {
                long afterDeadline = calendar.indexOf(task.deadline().plusDays(1));
                end = Math.min(end, task.isMilestone() ? afterDeadline - 1 : afterDeadline);
            }
            for (int k = graph.successorOffsets[v]; k < graph.successorOffsets[v + 1]; k++) {
                int w = graph.successor[k];
                if (tasks.get(w).progress().isDone()) {
                    continue;
                }
                long lag = graph.successorLag[k];
                end = Math.min(end, switch (TaskGraph.linkType(graph.successorLinkType[k])) {
                    case FINISH_TO_START -> lateStart[w] - lag;
                    case START_TO_START -> lateStart[w] - lag + duration;
                    case FINISH_TO_FINISH -> lateEnd[w] - lag;
                    case START_TO_FINISH -> lateEnd[w] - lag + duration;
                });
            }
            if (task.constraint() != null) {
                end = ConstraintBounds.lateEnd(task, end, calendar);
            }
            lateEnd[v] = end;
            lateStart[v] = end - duration;
        }
        return late;
    }
}
