package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * The early dates of a plan: the forward pass that {@link Scheduler} describes, in topological order. A plan with
 * as-late-as-possible tasks takes a second pass after the backward one, with those tasks at their late starts.
 */
final class ForwardPass {

    private final List<ScheduleTask> tasks;
    private final WorkCalendar plan;
    private final TaskGraph graph;
    private final Timeline timeline;
    private final LocalDate statusDate;

    ForwardPass(List<ScheduleTask> tasks, WorkCalendar plan, TaskGraph graph, Timeline timeline, LocalDate statusDate) {
        this.tasks = tasks;
        this.plan = plan;
        this.graph = graph;
        this.timeline = timeline;
        this.statusDate = statusDate;
    }

    /**
     * @param late the late dates of a first pass, where as-late-as-possible tasks start (at the latest of that and
     *             what their links allow); null for the first pass
     * @throws IllegalArgumentException for a plan without a start-no-earlier-than date or an actual start
     */
    WorkingDaySpans earlyDates(WorkingDaySpans late) {
        long planStart = planStart();
        WorkingDaySpans early = new WorkingDaySpans(graph.size);
        long[] earlyStart = early.start;
        long[] earlyEnd = early.end;
        for (int v : graph.order) {
            ScheduleTask task = tasks.get(v);
            long work = timeline.work(v);
            Progress progress = task.progress();
            if (progress.isStarted()) {
                earlyStart[v] = timeline.dayStart(v, progress.actualStart());
                earlyEnd[v] = progress.isDone() ? actualEnd(task, v) : remainingEnd(task, v, earlyStart[v], work);
                continue;
            }
            long start = planStart;
            if (task.startNoEarlierThan() != null) {
                start = Math.max(start, timeline.dayStart(v, task.startNoEarlierThan()));
            }
            if (statusDate != null) {
                start = Math.max(start, timeline.dayEnd(v, statusDate)); // work not started waits for the status date
            }
            long afterFinish = Long.MIN_VALUE; // starts bound by a predecessor's finish: a milestone shows that finish
            int k = graph.predecessorOffsets[v];
            boolean milestone = work == 0;
            for (Link link : task.predecessors()) {
                int u = graph.predecessor[k++];
                switch (link.type()) {
                    case FINISH_TO_START -> afterFinish = Math.max(afterFinish, timeline.lagged(v, earlyEnd[u], link));
                    case START_TO_START -> start = Math.max(start, timeline.lagged(v, earlyStart[u], link));
                    case FINISH_TO_FINISH -> {
                        long finish = timeline.lagged(v, earlyEnd[u], link);
                        if (milestone) {
                            afterFinish = Math.max(afterFinish, finish);
                        } else {
                            start = Math.max(start, timeline.start(v, finish, work));
                        }
                    }
                    case START_TO_FINISH -> start = Math.max(start,
                            timeline.start(v, timeline.lagged(v, earlyStart[u], link), work));
                }
            }
            start = timeline.startAtOrAfter(v, start);
            boolean endLike = false;
            if (afterFinish > start) {
                endLike = milestone;
                start = milestone ? afterFinish : timeline.startAtOrAfter(v, afterFinish);
            }
            Constraint constraint = task.constraint();
            if (constraint != null) {
                long linkStart = start;
                start = ConstraintBounds.earlyStart(task, v, linkStart, timeline, calendarOf(task));
                endLike = milestone && ConstraintBounds.endLike(task, linkStart, start, endLike);
                if (late != null && constraint.type() == ConstraintType.ALAP && late.start[v] > start) {
                    start = late.start[v];
                    endLike = late.endLike[v];
                }
            }
            earlyStart[v] = start;
            earlyEnd[v] = timeline.finish(v, start, work);
            early.endLike[v] = endLike;
        }
        return early;
    }

    private WorkCalendar calendarOf(ScheduleTask task) {
        return task.calendar() == null ? plan : task.calendar();
    }

    /**
     * An in-progress task's finish: its duration from its actual start, or, against a status date, its remaining
     * duration from then if that is later (MS Project's "remaining duration"): work late at the status date is
     * rescheduled from it.
     */
    private long remainingEnd(ScheduleTask task, int v, long start, long work) {
        long end = timeline.finish(v, start, work);
        if (statusDate == null) {
            return end;
        }
        long remaining = (work * (100 - task.progress().percentComplete()) + 99) / 100;
        long resume = timeline.startAtOrAfter(v, timeline.dayEnd(v, statusDate));
        return Math.max(end, timeline.finish(v, resume, remaining));
    }

    /** The earliest start-no-earlier-than date, actual start, or start an MSO, MFO or FNET constraint implies. */
    private long planStart() {
        long earliest = Long.MAX_VALUE;
        for (int v = 0; v < tasks.size(); v++) {
            ScheduleTask task = tasks.get(v);
            boolean started = task.progress().isStarted();
            LocalDate date = started ? task.progress().actualStart() : task.startNoEarlierThan();
            if (date != null) {
                earliest = Math.min(earliest, timeline.dayStart(v, date));
            }
            if (!started && task.constraint() != null && ConstraintBounds.anchors(task.constraint())) {
                earliest = Math.min(earliest, ConstraintBounds.impliedStart(task, v, timeline, calendarOf(task)));
            }
        }
        if (earliest == Long.MAX_VALUE) {
            throw new IllegalArgumentException("A plan needs at least one dated task: a start-no-earlier-than, "
                    + "must-start-on, must-finish-on or finish-no-earlier-than date, or an actual start");
        }
        return earliest;
    }

    /** The end of the actual finish day; for a done milestone, a point, the start of its actual finish day. */
    private long actualEnd(ScheduleTask task, int v) {
        LocalDate finish = task.progress().actualFinish();
        return task.isMilestone() ? timeline.dayStart(v, finish) : timeline.dayEnd(v, finish);
    }
}
