package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From the early and late dates to the {@link Schedule}: each task's total float and shown dates, what is critical,
 * and the critical path in order of start.
 */
record CriticalPath(List<ScheduleTask> tasks, WorkCalendar calendar, TaskGraph graph, WorkingDaySpans early,
                    WorkingDaySpans late) {

    Schedule toSchedule() {
        long planEnd = Long.MIN_VALUE;
        for (long end : early.end) {
            planEnd = Math.max(planEnd, end);
        }
        ShownDates dates = shownDates();
        Map<String, ScheduledTask> scheduled = new LinkedHashMap<>(graph.size * 2);
        long[] criticalByStart = new long[graph.size];
        int critical = 0;
        LocalDate planStart = null;
        LocalDate planFinish = null;
        for (int v = 0; v < graph.size; v++) {
            ScheduleTask task = tasks.get(v);
            ScheduledTask result = task.progress().isDone() ? done(task) : planned(task, v, dates, planEnd);
            scheduled.put(task.id(), result);
            if (result.critical()) {
                // Start first, then the topological position: sorting plain longs is the cheap way to both.
                criticalByStart[critical++] = result.start().toEpochDay() * graph.size + graph.orderPosition[v];
            }
            planStart = planStart == null || result.start().isBefore(planStart) ? result.start() : planStart;
            planFinish = planFinish == null || result.finish().isAfter(planFinish) ? result.finish() : planFinish;
        }
        Arrays.sort(criticalByStart, 0, critical);
        List<String> criticalPath = new ArrayList<>(critical);
        for (int i = 0; i < critical; i++) {
            criticalPath.add(tasks.get(graph.order[Math.floorMod(criticalByStart[i], graph.size)]).id());
        }
        return new Schedule(scheduled, criticalPath, planStart, planFinish);
    }

    /** The dates of every index shown: done tasks show their actual dates, started ones their actual start. */
    private ShownDates shownDates() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int v = 0; v < graph.size; v++) {
            Progress progress = tasks.get(v).progress();
            if (progress.isDone()) {
                continue;
            }
            long earlyFinish = ShownDates.finishIndex(early.start[v], early.end[v]);
            min = Math.min(min, Math.min(progress.isStarted() ? earlyFinish : early.start[v], late.start[v]));
            max = Math.max(max, Math.max(earlyFinish, ShownDates.finishIndex(late.start[v], late.end[v])));
        }
        return min > max ? ShownDates.covering(calendar, 0, -1) : ShownDates.covering(calendar, min, max);
    }

    private static ScheduledTask done(ScheduleTask task) {
        Progress progress = task.progress();
        return new ScheduledTask(task.id(), progress.actualStart(), progress.actualFinish(),
                progress.actualStart(), progress.actualFinish(), 0, false, 0);
    }

    private ScheduledTask planned(ScheduleTask task, int v, ShownDates dates, long planEnd) {
        LocalDate start = task.progress().isStarted() ? task.progress().actualStart() : dates.of(early.start[v]);
        int totalFloat = Math.toIntExact(late.start[v] - early.start[v]);
        return new ScheduledTask(task.id(), start, dates.finishOf(early.start[v], early.end[v]),
                dates.of(late.start[v]), dates.finishOf(late.start[v], late.end[v]), totalFloat, totalFloat <= 0,
                freeFloat(v, totalFloat, planEnd));
    }

    /**
     * The smallest gap, over the links to successors not done, between what the link asks of the successor's early
     * dates and what they are; the plan's end for a task without such successors. Between 0 and the total float.
     */
    private int freeFloat(int v, int totalFloat, long planEnd) {
        long gap = planEnd - early.end[v];
        for (int k = graph.successorOffsets[v]; k < graph.successorOffsets[v + 1]; k++) {
            int w = graph.successor[k];
            if (tasks.get(w).progress().isDone()) {
                continue;
            }
            long lag = graph.successorLag[k];
            gap = Math.min(gap, switch (TaskGraph.linkType(graph.successorLinkType[k])) {
                case FINISH_TO_START -> early.start[w] - lag - early.end[v];
                case START_TO_START -> early.start[w] - lag - early.start[v];
                case FINISH_TO_FINISH -> early.end[w] - lag - early.end[v];
                case START_TO_FINISH -> early.end[w] - lag - early.start[v];
            });
        }
        return (int) Math.max(0, Math.min(gap, totalFloat));
    }
}
