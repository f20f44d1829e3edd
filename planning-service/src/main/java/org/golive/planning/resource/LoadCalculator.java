package org.golive.planning.resource;

import org.golive.planning.schedule.WorkCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds up what every rollout's assigned tasks ask of each resource per ISO week and holds it against the resource's
 * capacity. Units ask {@link Hours#UNIT_DAY} per unit on each of the task's standard working days (the site's
 * calendar), less on a shorter day; effort is spread over those days by their working minutes ({@link DailyHours}).
 * Milestones ask nothing. Pure arithmetic over arrays: it runs on every change of the program's assignments, tasks'
 * dates or pool.
 */
public final class LoadCalculator {

    private LoadCalculator() {
    }

    public static LoadTable compute(List<PoolMember> pool, List<SiteDemand> sites) {
        return compute(pool, sites, true);
    }

    /** Capacity and demand only, the over-allocated weeks not named (levelling names what remains itself). */
    static LoadTable withoutNames(List<PoolMember> pool, List<SiteDemand> sites) {
        return compute(pool, sites, false);
    }

    private static LoadTable compute(List<PoolMember> pool, List<SiteDemand> sites, boolean named) {
        LocalDate first = null;
        LocalDate last = null;
        for (SiteDemand site : sites) {
            for (AssignedTask task : site.tasks()) {
                if (asksTime(task)) {
                    first = first == null || task.start().isBefore(first) ? task.start() : first;
                    last = last == null || task.finish().isAfter(last) ? task.finish() : last;
                }
            }
        }
        if (first == null || pool.isEmpty()) {
            return LoadTable.empty();
        }
        LocalDate firstMonday = IsoWeeks.monday(first);
        int weeks = (int) ChronoUnit.WEEKS.between(firstMonday, IsoWeeks.monday(last)) + 1;
        Map<String, Integer> index = new HashMap<>();
        long[][] demand = new long[pool.size()][weeks];
        for (int i = 0; i < pool.size(); i++) {
            index.put(pool.get(i).resourceId(), i);
        }
        Horizon horizon = new Horizon(firstMonday, weeks);
        for (SiteDemand site : sites) {
            SiteDays days = horizon.days(site.calendar());
            for (AssignedTask task : site.tasks()) {
                spread(task, days, horizon, index, (row, week, hours) -> demand[row][week] += hours);
            }
        }
        List<LoadTable.Row> rows = new ArrayList<>(pool.size());
        Set<Long> overCells = new HashSet<>();
        for (int i = 0; i < pool.size(); i++) {
            PoolMember member = pool.get(i);
            long[] capacity = new long[weeks];
            for (int w = 0; w < weeks; w++) {
                capacity[w] = member.capacity(firstMonday.plusWeeks(w));
                if (demand[i][w] > capacity[w]) {
                    overCells.add(cell(i, w));
                }
            }
            rows.add(new LoadTable.Row(member, capacity, demand[i]));
        }
        return new LoadTable(firstMonday, weeks, rows,
                named ? name(overCells, rows, sites, horizon, index) : List.of());
    }

    /** The tasks behind each over-allocated week: a second pass, over the few cells that need it. */
    private static List<LoadTable.OverAllocation> name(Set<Long> overCells, List<LoadTable.Row> rows,
                                                       List<SiteDemand> sites, Horizon horizon,
                                                       Map<String, Integer> index) {
        LocalDate firstMonday = horizon.firstMonday();
        if (overCells.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LoadTable.Share>> shares = new HashMap<>();
        for (SiteDemand site : sites) {
            SiteDays days = horizon.days(site.calendar());
            for (AssignedTask task : site.tasks()) {
                spread(task, days, horizon, index, (row, week, hours) -> {
                    if (overCells.contains(cell(row, week))) {
                        List<LoadTable.Share> list = shares.computeIfAbsent(cell(row, week), k -> new ArrayList<>());
                        list.add(new LoadTable.Share(site.rolloutId(), task.taskId(), hours));
                    }
                });
            }
        }
        List<LoadTable.OverAllocation> named = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LoadTable.Row row = rows.get(i);
            for (int w = 0; w < row.capacity().length; w++) {
                List<LoadTable.Share> cellShares = shares.get(cell(i, w));
                if (cellShares != null) {
                    named.add(new LoadTable.OverAllocation(row.member().resourceId(), row.member().name(),
                            IsoWeeks.key(firstMonday.plusWeeks(w)), row.capacity()[w], row.demand()[w],
                            merge(cellShares)));
                }
            }
        }
        return named;
    }

    /** One share per task: a task with two assignments of one resource, or days in one week, counts once. */
    private static List<LoadTable.Share> merge(List<LoadTable.Share> shares) {
        Map<String, LoadTable.Share> byTask = new java.util.LinkedHashMap<>();
        for (LoadTable.Share share : shares) {
            byTask.merge(share.rolloutId() + "/" + share.taskId(), share, (a, b) ->
                    new LoadTable.Share(a.rolloutId(), a.taskId(), a.hours() + b.hours()));
        }
        return List.copyOf(byTask.values());
    }

    private static long cell(int row, int week) {
        return ((long) row << 32) | week;
    }

    static boolean asksTime(AssignedTask task) {
        return !task.milestone() && task.start() != null && task.finish() != null && !task.assignments().isEmpty();
    }

    interface Sink {
        void add(int row, int week, long centihours);
    }

    /** The weeks the table covers, and a site's working days over them (day 0: the first Monday). */
    private record Horizon(LocalDate firstMonday, int weeks) {

        SiteDays days(WorkCalendar calendar) {
            return SiteDays.of(calendar, firstMonday, weeks * 7);
        }

        int day(LocalDate date) {
            return (int) (date.toEpochDay() - firstMonday.toEpochDay());
        }
    }

    /** Hands each (resource row, week, hours) the task asks; resources not in the pool (removed) are skipped. */
    private static void spread(AssignedTask task, SiteDays days, Horizon horizon, Map<String, Integer> index,
                               Sink sink) {
        if (!asksTime(task)) {
            return;
        }
        List<Assignment> assignments = task.assignments();
        int[] rows = new int[assignments.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = index.getOrDefault(assignments.get(i).resourceId(), -1);
        }
        days.spread(task, rows, horizon.day(task.start()), horizon.day(task.finish()),
                (row, day, hours) -> sink.add(row, day / 7, hours));
    }
}
