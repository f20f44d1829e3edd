package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.List;

/** The early dates of a plan: the forward pass that {@link Scheduler} describes, in topological order. */
final class ForwardPass {

    private ForwardPass() {
    }

    /** @throws IllegalArgumentException for a plan without a start-no-earlier-than date or an actual start */
    static WorkingDaySpans earlyDates(List<ScheduleTask> tasks, WorkCalendar calendar, TaskGraph graph) {
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
            earlyStart[v] = start;
            earlyEnd[v] = start + duration;
        }
        return early;
    }

    private static long planStart(List<ScheduleTask> tasks, WorkCalendar calendar) {
        LocalDate earliest = null;
        for (ScheduleTask task : tasks) {
            LocalDate date = task.progress().isStarted() ? task.progress().actualStart() : task.startNoEarlierThan();
            if (date != null && (earliest == null || date.isBefore(earliest))) {
                earliest = date;
            }
        }
        if (earliest == null) {
            throw new IllegalArgumentException("A plan needs at least one dated task: a start-no-earlier-than date "
                    + "or an actual start");
        }
        return calendar.indexOf(earliest);
    }

    /** The working day after the actual finish; for a done milestone, a point, the day of its actual finish. */
    private static long actualEnd(ScheduleTask task, WorkCalendar calendar) {
        LocalDate finish = task.progress().actualFinish();
        return task.isMilestone() ? calendar.indexOf(finish) : calendar.indexOf(finish.plusDays(1));
    }
}
