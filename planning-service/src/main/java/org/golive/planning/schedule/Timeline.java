package org.golive.planning.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The axis the passes place tasks on, and each task's time on it: a point is a {@code long}, durations and lags are
 * worked on the task's calendar (a lag on its successor's). Two axes, chosen per plan:
 * <ul>
 *   <li>{@link WorkingTimeline}: the working minutes of the plan's calendar, where a duration in working time is an
 *       addition. Every plan whose tasks are all on the plan's calendar and none lasts elapsed time uses it (every
 *       day-level plan does), unless the calendar's days differ in length;</li>
 *   <li>{@link ClockTimeline}: minutes of the wall clock, converted to and from each task's calendar, for plans with
 *       tasks on calendars of their own or lasting elapsed time (a cutover at 22:00 on a Saturday), or on a
 *       calendar whose days differ in length (a short Friday).</li>
 * </ul>
 * A task occupies {@code [s, e)}: it starts at point {@code s} and its work ends at {@code e}. A milestone has
 * {@code s = e}.
 */
abstract sealed class Timeline permits WorkingTimeline, ClockTimeline {

    /** The work of each task in minutes: working minutes of its calendar, or elapsed minutes. */
    final long[] work;
    /** Link k's lag in minutes (working minutes of its successor's calendar, or elapsed), by {@link TaskGraph}'s k. */
    final long[] lag;
    final boolean[] elapsedLag;
    final LinkType[] type;

    Timeline(TaskGraph graph) {
        this.work = new long[graph.size];
        this.lag = new long[graph.type.length];
        this.elapsedLag = graph.elapsedLag;
        this.type = graph.type;
    }

    /** Fills {@link #work} and the lags in minutes, each on its calendar: the successor's for a lag. */
    final void measure(TaskFacts facts, TaskGraph graph) {
        for (int v = 0; v < work.length; v++) {
            int perDay = minutesPerDay(v);
            work[v] = facts.work(v, perDay);
            for (int k = graph.predecessorOffsets[v]; k < graph.predecessorOffsets[v + 1]; k++) {
                lag[k] = graph.lagDays[k] * perDay + graph.lagMinutes[k];
            }
        }
    }

    static Timeline of(SchedulePlan tasks, WorkCalendar plan) {
        // On one calendar of uniform days, a day index x minutes a day is a working minute.
        boolean oneCalendar = plan.uniformDays() && tasks.facts.workingOn(plan);
        return oneCalendar ? new WorkingTimeline(plan, tasks.graph, tasks.facts)
                : new ClockTimeline(plan, tasks.graph, tasks.facts);
    }

    /** Where the first working day on or after {@code day} begins, on task v's calendar. */
    abstract long dayStart(int v, LocalDate day);

    /** Where the last working day on or before {@code day} ends, on task v's calendar. */
    abstract long dayEnd(int v, LocalDate day);

    /** The earliest point at or after {@code point} at which task v can start (its calendar's working time). */
    abstract long startAtOrAfter(int v, long point);

    /** The latest point at or before {@code point} at which task v's work can end. */
    abstract long finishAtOrBefore(int v, long point);

    /** Where {@code minutes} of task v's work started at {@code start} end. */
    abstract long finish(int v, long start, long minutes);

    /** Where {@code minutes} of task v's work ending at {@code finish} start. */
    abstract long start(int v, long finish, long minutes);

    /**
     * Forward: the point link k's lag leads to from its predecessor's point ({@code pred.e} for FS and FF,
     * {@code pred.s} for SS and SF), on successor w's calendar.
     */
    abstract long lagged(int w, long point, int k);

    /** Backward: the point link k's lag leads back to from successor w's late point. */
    abstract long unlagged(int w, long point, int k);

    /** Task v's working minutes from {@code from} to {@code to} (negative if {@code to} is earlier). */
    abstract long workingMinutes(int v, long from, long to);

    abstract int minutesPerDay(int v);

    /** Ready the dates of points {@code min .. max} for showing (a table, where that is cheaper). */
    abstract void showing(long min, long max);

    /** The moment a task starting at {@code point} starts. */
    abstract LocalDateTime startTime(int v, long point);

    /** The moment work ending at {@code point} ends (for a milestone at the end of a day: that day's end). */
    abstract LocalDateTime finishTime(int v, long point);

    /** The day a task starting at {@code point} starts on. */
    abstract LocalDate startDate(int v, long point);

    /** The day work ending at {@code point} ends on (the last day it works, even if it ends at midnight). */
    abstract LocalDate finishDate(int v, long point);

    final long work(int v) {
        return work[v];
    }

    /** Whether a link ties the predecessor's finish (FS, FF) rather than its start. */
    static boolean fromFinish(LinkType type) {
        return type == LinkType.FINISH_TO_START || type == LinkType.FINISH_TO_FINISH;
    }

    /** Whether a link ties the successor's finish (FF, SF) rather than its start. */
    static boolean toFinish(LinkType type) {
        return type == LinkType.FINISH_TO_FINISH || type == LinkType.START_TO_FINISH;
    }
}
