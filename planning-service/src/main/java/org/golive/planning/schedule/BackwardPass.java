package org.golive.planning.schedule;

import java.time.LocalDate;

/** The late dates of a plan: the backward pass that {@link Scheduler} describes, in reverse topological order. */
final class BackwardPass {

    private BackwardPass() {
    }

    static WorkingDaySpans lateDates(WorkCalendar plan, TaskGraph graph, Timeline timeline, TaskFacts facts,
                                     WorkingDaySpans early) {
        long planEnd = Long.MIN_VALUE;
        for (long end : early.end) {
            planEnd = Math.max(planEnd, end);
        }
        WorkingDaySpans late = new WorkingDaySpans(graph.size);
        long[] lateStart = late.start;
        long[] lateEnd = late.end;
        int[] order = graph.passOrder;
        for (int i = order.length - 1; i >= 0; i--) {
            int v = order[i];
            late.endLike[v] = early.endLike[v];
            if (facts.done[v]) {
                lateStart[v] = early.start[v];
                lateEnd[v] = early.end[v];
                continue;
            }
            long work = timeline.work(v);
            long end = planEnd;
            LocalDate deadline = facts.deadline[v];
            Constraint constraint = facts.constraint[v];
            WorkCalendar calendar = deadline == null && constraint == null ? plan : facts.calendarOf(v, plan);
            if (deadline != null) {
                // A milestone shown at the start of a day meets its deadline only if that day is on or before it.
                end = Math.min(end, work == 0 && !early.endLike[v]
                        ? timeline.dayStart(v, calendar.onOrBefore(deadline))
                        : timeline.dayEnd(v, deadline));
            }
            for (int slot = graph.successorOffsets[v]; slot < graph.successorOffsets[v + 1]; slot++) {
                int w = graph.successor[slot];
                if (facts.done[w]) {
                    continue;
                }
                int k = graph.successorLink[slot];
                end = Math.min(end, switch (graph.type[k]) {
                    case FINISH_TO_START -> timeline.unlagged(w, lateStart[w], k);
                    case START_TO_START -> timeline.finish(v, timeline.unlagged(w, lateStart[w], k), work);
                    case FINISH_TO_FINISH -> timeline.unlagged(w, lateEnd[w], k);
                    case START_TO_FINISH -> timeline.finish(v, timeline.unlagged(w, lateEnd[w], k), work);
                });
            }
            if (constraint != null) {
                end = ConstraintBounds.lateEnd(constraint, v, end, timeline, calendar);
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
