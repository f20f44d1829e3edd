package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The critical path method over a {@link WorkCalendar}. Stateless and thread-safe; the same input always gives the
 * same schedule. Time is O(V + E), plus O(log h) per date read from a task (h holidays) and one walk over the
 * calendar days the schedule spans to show its dates.
 *
 * <h2>Time model</h2>
 * Dates become working-day indices (see {@link WorkCalendar}). A task occupies {@code [s, e)} with
 * {@code e = s + durationDays}: it starts on the day of index {@code s} and finishes on the day of {@code e - 1}.
 * A milestone (0 days) has {@code s = e} and shows the day of {@code s} as both start and finish.
 *
 * <h2>Forward pass (early dates)</h2>
 * In a topological order, each task not yet started gets the smallest {@code s} that satisfies all of:
 * <ul>
 *   <li>the plan start: no task starts before it. The plan start is the earliest of the start-no-earlier-than
 *       dates of the tasks not started and the actual starts; a plan with none of them is rejected, since nothing
 *       would tie it to the calendar. A task without links or dates thus starts on the plan start.</li>
 *   <li>its start-no-earlier-than date D: {@code s >= index(D)}, the first working day on or after D;</li>
 *   <li>each link from a predecessor with lag L (working days, negative for a lead), see {@link LinkType}:
 *       FS {@code s >= pred.e + L}, SS {@code s >= pred.s + L}, FF {@code e >= pred.e + L},
 *       SF {@code e >= pred.s + L}.</li>
 * </ul>
 * So a finish-to-start successor starts the working day after its predecessor's finish, and a milestone after a
 * task shows that next working day too, where Microsoft Project shows the milestone at the end of the task's last
 * day: a difference of display only, the milestone's successors start on the same day in both.
 *
 * <h2>Progress</h2>
 * <ul>
 *   <li>In progress (actual start only): the start is the actual start, whatever the links and constraints say;
 *       the finish is {@code duration} working days on ({@code e = index(actualStart) + duration}). The late dates
 *       are computed as for any task, so such a task can be late, with negative float.</li>
 *   <li>Done (actual finish): the task shows its actual dates as given, ignores its links and constraints, and its
 *       late dates equal its actual dates with float 0. It is never critical: its work can no longer delay
 *       anything. Its successors plan from its actual dates; its predecessors owe it nothing, since it has
 *       already happened, so a done task does not tighten its predecessors' late dates.</li>
 * </ul>
 * In index terms a started task has {@code s = index(actualStart)}, a done one {@code e = index(actualFinish + 1
 * day)}, the working day after its finish (a done milestone: {@code e = index(actualFinish)}), so actual dates on a
 * non-working day (a worked weekend) count from the next working day.
 *
 * <h2>Backward pass (late dates)</h2>
 * The plan's end {@code E} is the largest {@code e} of all tasks. In reverse topological order, each task not done
 * gets the largest late {@code e} (late finish) that satisfies all of:
 * <ul>
 *   <li>{@code e <= E};</li>
 *   <li>its deadline, if any, with d the last working day on or before it: {@code e <= index(d) + 1}, so that the
 *       task finishes on d at the latest; for a milestone, which shows the day of its {@code e},
 *       {@code e <= index(d)};</li>
 *   <li>each link to a successor not done, its rule read backwards against the successor's late dates.</li>
 * </ul>
 * Late start = late finish - duration. Total float = late start - early start, in working days: negative when a
 * deadline or an in-progress task cannot be honoured. A task not done is critical when its float is {@code <= 0}.
 *
 * <h2>Errors</h2>
 * {@link IllegalArgumentException} for duplicate ids or a plan without any date (negative durations and self-links
 * are refused by {@link ScheduleTask} already), {@link UnknownPredecessorException} for a link to a task not in
 * the plan, {@link DependencyCycleException} naming one cycle if the links loop. An empty plan gives an empty
 * schedule with null start and finish.
 */
public final class Scheduler {

    /** Wider windows of dates (hundreds of years) are looked up one by one instead of tabled. */
    private static final int MAX_DATE_TABLE = 200_000;

    public Schedule schedule(List<ScheduleTask> tasks, WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        List<ScheduleTask> plan = List.copyOf(tasks); // indexed access throughout, whatever list the caller has
        if (plan.isEmpty()) {
            return new Schedule(Map.of(), List.of(), null, null);
        }
        TaskGraph graph = TaskGraph.of(plan);
        Pass pass = new Pass(plan, calendar, graph);
        pass.forward(planStart(plan, calendar));
        pass.backward();
        return pass.toSchedule();
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

    /** The working-day indices of one scheduling run; {@code long} so that extreme lags cannot overflow. */
    private static final class Pass {

        private final List<ScheduleTask> tasks;
        private final WorkCalendar calendar;
        private final TaskGraph graph;
        private final long[] earlyStart;
        private final long[] earlyEnd;
        private final long[] lateStart;
        private final long[] lateEnd;

        Pass(List<ScheduleTask> tasks, WorkCalendar calendar, TaskGraph graph) {
            this.tasks = tasks;
            this.calendar = calendar;
            this.graph = graph;
            earlyStart = new long[graph.size];
            earlyEnd = new long[graph.size];
            lateStart = new long[graph.size];
            lateEnd = new long[graph.size];
        }

        void forward(long planStart) {
            for (int v : graph.order) {
                ScheduleTask task = tasks.get(v);
                int duration = task.durationDays();
                Progress progress = task.progress();
                if (progress.isStarted()) {
                    earlyStart[v] = calendar.indexOf(progress.actualStart());
                    earlyEnd[v] = progress.isDone() ? actualEnd(task) : earlyStart[v] + duration;
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
        }

        /** The working day after the actual finish; for a done milestone, a point, the day of its actual finish. */
        private long actualEnd(ScheduleTask task) {
            LocalDate finish = task.progress().actualFinish();
            return task.isMilestone() ? calendar.indexOf(finish) : calendar.indexOf(finish.plusDays(1));
        }

        void backward() {
            long planEnd = Long.MIN_VALUE;
            for (long end : earlyEnd) {
                planEnd = Math.max(planEnd, end);
            }
            int[] order = graph.order;
            for (int i = order.length - 1; i >= 0; i--) {
                int v = order[i];
                ScheduleTask task = tasks.get(v);
                if (task.progress().isDone()) {
                    lateStart[v] = earlyStart[v];
                    lateEnd[v] = earlyEnd[v];
                    continue;
                }
                int duration = task.durationDays();
                long end = planEnd;
                if (task.deadline() != null) {
                    long afterDeadline = calendar.indexOf(task.deadline().plusDays(1));
                    end = Math.min(end, task.isMilestone() ? afterDeadline - 1 : afterDeadline);
                }
                for (int k = graph.successorOffsets[v]; k < graph.successorOffsets[v + 1]; k++) {
                    int w = graph.successor[k];
                    if (tasks.get(w).progress().isDone()) {
                        continue;
                    }
                    long lag = graph.successorLag[k];
                    end = Math.min(end, switch (TaskGraph.linkType(graph.successorLinkType[k])) {
                        case FINISH_TO_START -> lateStart[w] - lag;
                        case START_TO_START -> lateStart[w] - lag + duration;
                        case FINISH_TO_FINISH -> lateEnd[w] - lag;
                        case START_TO_FINISH -> lateEnd[w] - lag + duration;
                    });
                }
                lateEnd[v] = end;
                lateStart[v] = end - duration;
            }
        }

        Schedule toSchedule() {
            Dates dates = shownDates();
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
        private Dates shownDates() {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int v = 0; v < graph.size; v++) {
                Progress progress = tasks.get(v).progress();
                if (progress.isDone()) {
                    continue;
                }
                long earlyFinish = finishIndex(earlyStart[v], earlyEnd[v]);
                min = Math.min(min, Math.min(progress.isStarted() ? earlyFinish : earlyStart[v], lateStart[v]));
                max = Math.max(max, Math.max(earlyFinish, finishIndex(lateStart[v], lateEnd[v])));
            }
            return min > max ? Dates.covering(calendar, 0, -1) : Dates.covering(calendar, min, max);
        }

        private static ScheduledTask done(ScheduleTask task) {
            Progress progress = task.progress();
            return new ScheduledTask(task.id(), progress.actualStart(), progress.actualFinish(),
                    progress.actualStart(), progress.actualFinish(), 0, false);
        }

        private ScheduledTask planned(ScheduleTask task, int v, Dates dates) {
            LocalDate start = task.progress().isStarted() ? task.progress().actualStart() : dates.of(earlyStart[v]);
            int totalFloat = Math.toIntExact(lateStart[v] - earlyStart[v]);
            return new ScheduledTask(task.id(), start, dates.finishOf(earlyStart[v], earlyEnd[v]),
                    dates.of(lateStart[v]), dates.finishOf(lateStart[v], lateEnd[v]), totalFloat, totalFloat <= 0);
        }
    }

    /** The index of the last working day of {@code [start, end)}, or of a milestone's day. */
    private static long finishIndex(long start, long end) {
        return end > start ? end - 1 : start;
    }

    /** Index to date, tabled over the window a schedule spans since most of its days are shown many times. */
    private static final class Dates {

        private final WorkCalendar calendar;
        private final long first;
        private final LocalDate[] table;

        private Dates(WorkCalendar calendar, long first, LocalDate[] table) {
            this.calendar = calendar;
            this.first = first;
            this.table = table;
        }

        /** A table of the working days with indices {@code min .. max}, unless there would be too many. */
        static Dates covering(WorkCalendar calendar, long min, long max) {
            long width = max - min + 1;
            return width <= MAX_DATE_TABLE
                    ? new Dates(calendar, min, calendar.datesOf(min, (int) width))
                    : new Dates(calendar, min, new LocalDate[0]);
        }

        LocalDate of(long index) {
            long offset = index - first;
            return offset >= 0 && offset < table.length ? table[(int) offset] : calendar.dateOf(index);
        }

        LocalDate finishOf(long start, long end) {
            return of(finishIndex(start, end));
        }
    }
}
