package org.golive.planning.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * From the early and late dates to the {@link Schedule}: each task's total float and shown dates, what is critical,
 * and the critical path in order of start.
 */
record CriticalPath(TaskGraph graph, Timeline timeline, TaskFacts facts,
                    WorkingDaySpans early, WorkingDaySpans late) {

    Schedule toSchedule() {
        long planEnd = Long.MIN_VALUE;
        for (long end : early.end) {
            planEnd = Math.max(planEnd, end);
        }
        showDates();
        ScheduledTask[] scheduled = new ScheduledTask[graph.size];
        long[] startOf = new long[graph.size];
        Integer[] critical = new Integer[graph.size];
        int criticalCount = 0;
        LocalDate planStart = null;
        LocalDate planFinish = null;
        for (int v = 0; v < graph.size; v++) {
            ScheduledTask result = facts.done[v] ? done(v) : planned(v, planEnd);
            scheduled[v] = result;
            if (result.critical()) {
                // The moment shown (a milestone at a day's end sorts on that day), within the day shown.
                startOf[v] = result.start().toEpochDay() * 24 * 60
                        + result.startTime().toLocalTime().toSecondOfDay() / 60;
                critical[criticalCount++] = v;
            }
            planStart = planStart == null || result.start().isBefore(planStart) ? result.start() : planStart;
            planFinish = planFinish == null || result.finish().isAfter(planFinish) ? result.finish() : planFinish;
        }
        // By start, then the topological position.
        Arrays.sort(critical, 0, criticalCount, (a, b) -> startOf[a] != startOf[b]
                ? Long.compare(startOf[a], startOf[b]) : Integer.compare(graph.orderPosition[a], graph.orderPosition[b]));
        List<String> criticalPath = new ArrayList<>(criticalCount);
        for (int i = 0; i < criticalCount; i++) {
            criticalPath.add(graph.index.id(critical[i]));
        }
        return new Schedule(new ScheduledTasks(graph.index, scheduled), criticalPath, planStart, planFinish);
    }

    /** The points shown: done tasks show their actual dates, started ones their actual start. */
    private void showDates() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int v = 0; v < graph.size; v++) {
            if (facts.done[v]) {
                continue;
            }
            min = Math.min(min, Math.min(early.start[v], late.start[v]));
            max = Math.max(max, Math.max(early.end[v], late.end[v]));
        }
        timeline.showing(min, max);
    }

    private ScheduledTask done(int v) {
        Progress progress = facts.progress[v];
        LocalDateTime startTime = on(progress.actualStart(), timeline.startTime(v, early.start[v]));
        LocalDateTime finishTime = on(progress.actualFinish(), timeline.finishTime(v, early.end[v]));
        return new ScheduledTask(graph.index.id(v), progress.actualStart(), progress.actualFinish(),
                progress.actualStart(), progress.actualFinish(), 0, false, 0, startTime, finishTime, 0);
    }

    /** The time of day of {@code moment} on {@code day}: the moment itself when it falls on that day (a working day). */
    private static LocalDateTime on(LocalDate day, LocalDateTime moment) {
        return moment.toLocalDate().equals(day) ? moment : LocalDateTime.of(day, moment.toLocalTime());
    }

    private ScheduledTask planned(int v, long planEnd) {
        long floatMinutes = timeline.workingMinutes(v, early.start[v], late.start[v]);
        int perDay = timeline.minutesPerDay(v);
        int totalFloat = Math.toIntExact(Math.floorDiv(floatMinutes, perDay));
        LocalDate start;
        LocalDateTime startTime;
        boolean milestone = facts.milestone(v);
        if (facts.started[v]) {
            start = facts.progress[v].actualStart();
            startTime = timeline.startTime(v, early.start[v]);
        } else if (milestone) {
            start = pointDate(v, early.start[v], early.endLike[v]);
            startTime = pointTime(v, early.start[v], early.endLike[v]);
        } else {
            start = timeline.startDate(v, early.start[v]);
            startTime = timeline.startTime(v, early.start[v]);
        }
        LocalDate finish = milestone ? start : timeline.finishDate(v, early.end[v]);
        LocalDateTime finishTime = milestone ? startTime : timeline.finishTime(v, early.end[v]);
        LocalDate lateStart = milestone ? latePointDate(v, late.start[v], late.endLike[v])
                : timeline.startDate(v, late.start[v]);
        LocalDate lateFinish = milestone ? lateStart : timeline.finishDate(v, late.end[v]);
        long freeMinutes = freeFloat(v, floatMinutes, planEnd);
        return new ScheduledTask(graph.index.id(v), start, finish, lateStart, lateFinish, totalFloat,
                floatMinutes <= 0, Math.toIntExact(freeMinutes / perDay), startTime, finishTime, floatMinutes);
    }

    /** A milestone's day: the end of the day before for a point that ends work (MS Project's convention). */
    private LocalDate pointDate(int v, long point, boolean endLike) {
        return endLike ? timeline.finishDate(v, point) : timeline.startDate(v, point);
    }

    private LocalDateTime pointTime(int v, long point, boolean endLike) {
        return endLike ? timeline.finishTime(v, point) : timeline.startTime(v, point);
    }

    /**
     * A milestone's late day. Its late point may come from a date (the end of a day) or a successor's start; on the
     * clock axis those differ by the night between, so the point goes to the working time its early point shows.
     */
    private LocalDate latePointDate(int v, long point, boolean endLike) {
        return pointDate(v, endLike ? timeline.finishAtOrBefore(v, point) : timeline.startAtOrAfter(v, point),
                endLike);
    }

    /**
     * The smallest gap, over the links to successors not done, between what the link asks of the successor's early
     * dates and what they are; the plan's end for a task without such successors. Between 0 and the total float, in
     * working minutes of the task's calendar.
     */
    private long freeFloat(int v, long totalFloat, long planEnd) {
        long gap = timeline.workingMinutes(v, early.end[v], planEnd);
        for (int slot = graph.successorOffsets[v]; slot < graph.successorOffsets[v + 1]; slot++) {
            int w = graph.successor[slot];
            if (facts.done[w]) {
                continue;
            }
            int k = graph.successorLink[slot];
            LinkType type = graph.type[k];
            long required = timeline.lagged(w, Timeline.fromFinish(type) ? early.end[v] : early.start[v], k);
            long actual = Timeline.toFinish(type) ? early.end[w] : early.start[w];
            gap = Math.min(gap, timeline.workingMinutes(v, required, actual));
        }
        return Math.max(0, Math.min(gap, totalFloat));
    }
}
