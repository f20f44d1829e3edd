package org.golive.planning.schedule;

import java.util.List;

/** The late dates of a plan: the backward pass that {@link Scheduler} describes, in reverse topological order. */
final class BackwardPass {

    private BackwardPass() {
    }

    static WorkingDaySpans lateDates(List<ScheduleTask> tasks, WorkCalendar plan, TaskGraph graph, Timeline timeline,
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
            late.endLike[v] = early.endLike[v];
            if (task.progress().isDone()) {
                lateStart[v] = early.start[v];
                lateEnd[v] = early.end[v];
                continue;
            }
            long work = timeline.work(v);
            long end = planEnd;
            WorkCalendar calendar = task.calendar() == null ? plan : task.calendar();
            if (task.deadline() != null) {
                // A milestone shown at the start of a day meets its deadline only if that day is on or before it.
                end = Math.min(end, work == 0 && !early.endLike[v]
                        ? timeline.dayStart(v, calendar.onOrBefore(task.deadline()))
                        : timeline.dayEnd(v, task.deadline()));
            }
            for (int k = graph.successorOffsets[v]; k < graph.successorOffsets[v + 1]; k++) {
                int w = graph.successor[k];
                if (tasks.get(w).progress().isDone()) {
                    continue;
                }
                Link link = graph.successorLink[k];
                end = Math.min(end, switch (link.type()) {
                    case FINISH_TO_START -> timeline.unlagged(w, lateStart[w], link);
                    case START_TO_START -> timeline.finish(v, timeline.unlagged(w, lateStart[w], link), work);
                    case FINISH_TO_FINISH -> timeline.unlagged(w, lateEnd[w], link);
                    case START_TO_FINISH -> timeline.finish(v, timeline.unlagged(w, lateEnd[w], link), work);
                });
            }
            if (task.constraint() != null) {
                end = ConstraintBounds.lateEnd(task, v, end, timeline, calendar);
            }
            if (work > 0) {
                end = timeline.finishAtOrBefore(v, end);
            }
            lateEnd[v] = end;
            lateStart[v] = timeline.start(v, end, work);
        }
        return late;
    }
}
