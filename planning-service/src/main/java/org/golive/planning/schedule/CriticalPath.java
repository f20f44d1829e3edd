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
        ShownDates dates = shownDates();
        Map<String, ScheduledTask> scheduled = new LinkedHashMap<>(graph.size * 2);
        long[] criticalByStart = new long[graph.size];
        int critical = 0;
        LocalDate planStart = null;
        LocalDate planFinish = null;
        for (int v = 0; v < graph.size; v++) {
            ScheduleTask task = tasks.get(v);
            ScheduledTask result = task.progress().isDone() ? done(task) : planned(task, v, dates);
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
                progress.actualStart(), progress.actualFinish(), 0, false);
    }

    private ScheduledTask planned(ScheduleTask task, int v, ShownDates dates) {
        LocalDate start = task.progress().isStarted() ? task.progress().actualStart() : dates.of(early.start[v]);
        int totalFloat = Math.toIntExact(late.start[v] - early.start[v]);
        return new ScheduledTask(task.id(), start, dates.finishOf(early.start[v], early.end[v]),
                dates.of(late.start[v]), dates.finishOf(late.start[v], late.end[v]), totalFloat, totalFloat <= 0);
    }
}
