package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * The early dates of a plan: the forward pass that {@link Scheduler} describes, in topological order. A plan with
 * as-late-as-possible tasks takes a second pass after the backward one, with those tasks at their late starts.
 */
final class ForwardPass {

    private ForwardPass() {
    }

    /** @throws IllegalArgumentException for a plan without a start-no-earlier-than date or an actual start */
    static WorkingDaySpans earlyDates(List<ScheduleTask> tasks, WorkCalendar calendar, TaskGraph graph) {
        return earlyDates(tasks, calendar, graph, null);
    }

    /**
     * @param late the late dates of a first pass, where as-late-as-possible tasks start (at the latest of that and
     *             what their links allow); null for the first pass
     */
    static WorkingDaySpans earlyDates(List<ScheduleTask> tasks, WorkCalendar calendar, TaskGraph graph,
                                      WorkingDaySpans late) {
        long planStart = planStart(tasks, calendar);
        WorkingDaySpans early = new WorkingDaySpans(graph.size);
        long[] earlyStart = early.start;
        long[] earlyEnd = early.end;
        for (int v : graph.order) {
            ScheduleTask task = tasks.get(v);
            int duration = task.durationDays();
            Progress progress = task.progress();
            if (progress.isStarted()) {
                earlyStart[v] = calendar.indexOf(progress.actualStart());
                earlyEnd[v] = progress.isDone() ? actualEnd(task, calendar) : earlyStart[v] + duration;
                continue;
            }
            long start = planStart;
            if (task.startNoEarlierThan() != null) {
                start = Math.max(start, calendar.indexOf(task.startNoEarlierThan()));
            }
            int k = graph.predecessorOffsets[v];
            for (Link link : task.predecessors()) {
                int u = graph.predecessor[k++];
                long lag = link.lagDays();
                start = Math.max(start, switch (link.type()) {
                    case FINISH_TO_START -> earlyEnd[u] + lag;
                    case START_TO_START -> earlyStart[u] + lag;
                    case FINISH_TO_FINISH -> earlyEnd[u] + lag - duration;
                    case START_TO_FINISH -> earlyStart[u] + lag - duration;
                });
            }
            Constraint constraint = task.constraint();
            if (constraint != null) {
                start = ConstraintBounds.earlyStart(task, start, calendar);
                if (late != null && constraint.type() == ConstraintType.ALAP) {
                    start = Math.max(start, late.start[v]);
                }
            }
            earlyStart[v] = start;
            earlyEnd[v] = start + duration;
        }
        return early;
    }

    /** The earliest start-no-earlier-than date, actual start, or start an MSO, MFO or FNET constraint implies. */
    private static long planStart(List<ScheduleTask> tasks, WorkCalendar calendar) {
        LocalDate earliest = null;
        long constrained = Long.MAX_VALUE;
        for (ScheduleTask task : tasks) {
            boolean started = task.progress().isStarted();
            LocalDate date = started ? task.progress().actualStart() : task.startNoEarlierThan();
            if (date != null && (earliest == null || date.isBefore(earliest))) {
                earliest = date;
            }
            if (!started && task.constraint() != null && ConstraintBounds.anchors(task.constraint())) {
                constrained = Math.min(constrained, ConstraintBounds.impliedStart(task, calendar));
            }
        }
        if (earliest == null && constrained == Long.MAX_VALUE) {
            throw new IllegalArgumentException("A plan needs at least one dated task: a start-no-earlier-than, "
                    + "must-start-on, must-finish-on or finish-no-earlier-than date, or an actual start");
        }
        return earliest == null ? constrained : Math.min(calendar.indexOf(earliest), constrained);
    }

    /** The working day after the actual finish; for a done milestone, a point, the day of its actual finish. */
    private static long actualEnd(ScheduleTask task, WorkCalendar calendar) {
        LocalDate finish = task.progress().actualFinish();
        return task.isMilestone() ? calendar.indexOf(finish) : calendar.indexOf(finish.plusDays(1));
    }
}
