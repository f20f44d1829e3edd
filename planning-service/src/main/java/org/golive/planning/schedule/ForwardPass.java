package org.golive.planning.schedule;

import java.time.LocalDate;

/**
 * The early dates of a plan: the forward pass that {@link Scheduler} describes, in topological order. A plan with
 * as-late-as-possible tasks takes a second pass after the backward one, with those tasks at their late starts.
 */
final class ForwardPass {

    private final WorkCalendar plan;
    private final TaskGraph graph;
    private final Timeline timeline;
    private final TaskFacts facts;
    private final LocalDate statusDate;
    /**
     * For each task not started, the earliest start its own dates allow before any link: the plan start, its
     * start-no-earlier-than date and the status date. The same in both passes, so computed once, in input order.
     */
    private final long[] notBefore;

    ForwardPass(WorkCalendar plan, TaskGraph graph, Timeline timeline, TaskFacts facts, LocalDate statusDate) {
        this.plan = plan;
        this.graph = graph;
        this.timeline = timeline;
        this.facts = facts;
        this.statusDate = statusDate;
        this.notBefore = notBefore();
    }

    /**
     * @param late the late dates of a first pass, where as-late-as-possible tasks start (at the latest of that and
     *             what their links allow); null for the first pass
     */
    WorkingDaySpans earlyDates(WorkingDaySpans late) {
        WorkingDaySpans early = new WorkingDaySpans(graph.size);
        long[] earlyStart = early.start;
        long[] earlyEnd = early.end;
        startedDates(earlyStart, earlyEnd);
        for (int v : graph.passOrder) {
            if (facts.started[v]) {
                continue;
            }
            long work = timeline.work(v);
            long start = notBefore[v];
            long afterFinish = Long.MIN_VALUE; // starts bound by a predecessor's finish: a milestone shows that finish
            boolean milestone = work == 0;
            for (int k = graph.predecessorOffsets[v]; k < graph.predecessorOffsets[v + 1]; k++) {
                int u = graph.predecessor[k];
                switch (graph.type[k]) {
                    case FINISH_TO_START -> afterFinish = Math.max(afterFinish, timeline.lagged(v, earlyEnd[u], k));
                    case START_TO_START -> start = Math.max(start, timeline.lagged(v, earlyStart[u], k));
                    case FINISH_TO_FINISH -> {
                        long finish = timeline.lagged(v, earlyEnd[u], k);
                        if (milestone) {
                            afterFinish = Math.max(afterFinish, finish);
                        } else {
                            start = Math.max(start, timeline.start(v, finish, work));
                        }
                    }
                    case START_TO_FINISH -> start = Math.max(start,
                            timeline.start(v, timeline.lagged(v, earlyStart[u], k), work));
                }
            }
            start = timeline.startAtOrAfter(v, start);
            boolean endLike = false;
            if (afterFinish > start) {
                endLike = milestone;
                start = milestone ? afterFinish : timeline.startAtOrAfter(v, afterFinish);
            }
            Constraint constraint = facts.constraint[v];
            if (constraint != null) {
                long linkStart = start;
                start = ConstraintBounds.earlyStart(constraint, v, linkStart, timeline, facts.calendarOf(v, plan));
                endLike = milestone && ConstraintBounds.endLike(constraint, linkStart, start, endLike);
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

    /** Tasks started keep their actual start whatever their links say: their dates first, in input order. */
    private void startedDates(long[] earlyStart, long[] earlyEnd) {
        for (int v = 0; v < graph.size; v++) {
            if (!facts.started[v]) {
                continue;
            }
            Progress progress = facts.progress[v];
            earlyStart[v] = timeline.dayStart(v, progress.actualStart());
            earlyEnd[v] = facts.done[v] ? actualEnd(progress, v)
                    : remainingEnd(progress, v, earlyStart[v], timeline.work(v));
        }
    }

    /** @throws IllegalArgumentException for a plan without a start-no-earlier-than date or an actual start */
    private long[] notBefore() {
        long planStart = planStart();
        long[] bounds = new long[graph.size];
        for (int v = 0; v < bounds.length; v++) {
            if (facts.started[v]) {
                continue;
            }
            long start = planStart;
            LocalDate date = facts.startNoEarlierThan[v];
            if (date != null) {
                start = Math.max(start, timeline.dayStart(v, date));
            }
            if (statusDate != null) {
                start = Math.max(start, timeline.dayEnd(v, statusDate)); // work not started waits for the status date
            }
            bounds[v] = start;
        }
        return bounds;
    }

    /**
     * An in-progress task's finish: its duration from its actual start, or, against a status date, its remaining
     * duration from then if that is later (MS Project's "remaining duration"): work late at the status date is
     * rescheduled from it.
     */
    private long remainingEnd(Progress progress, int v, long start, long work) {
        long end = timeline.finish(v, start, work);
        if (statusDate == null) {
            return end;
        }
        long remaining = (work * (100 - progress.percentComplete()) + 99) / 100;
        long resume = timeline.startAtOrAfter(v, timeline.dayEnd(v, statusDate));
        return Math.max(end, timeline.finish(v, resume, remaining));
    }

    /** The earliest start-no-earlier-than date, actual start, or start an MSO, MFO or FNET constraint implies. */
    private long planStart() {
        long earliest = Long.MAX_VALUE;
        for (int v = 0; v < graph.size; v++) {
            boolean started = facts.started[v];
            LocalDate date = started ? facts.progress[v].actualStart() : facts.startNoEarlierThan[v];
            if (date != null) {
                earliest = Math.min(earliest, timeline.dayStart(v, date));
            }
            Constraint constraint = facts.constraint[v];
            if (!started && constraint != null && ConstraintBounds.anchors(constraint)) {
                earliest = Math.min(earliest,
                        ConstraintBounds.impliedStart(constraint, v, timeline, facts.calendarOf(v, plan)));
            }
        }
        if (earliest == Long.MAX_VALUE) {
            throw new IllegalArgumentException("A plan needs at least one dated task: a start-no-earlier-than, "
                    + "must-start-on, must-finish-on or finish-no-earlier-than date, or an actual start");
        }
        return earliest;
    }

    /** The end of the actual finish day; for a done milestone, a point, the start of its actual finish day. */
    private long actualEnd(Progress progress, int v) {
        LocalDate finish = progress.actualFinish();
        return facts.milestone(v) ? timeline.dayStart(v, finish) : timeline.dayEnd(v, finish);
    }
}
