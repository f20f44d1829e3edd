package org.golive.planning.resource;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program's capacity view added up from its rollouts' {@link SiteLoad}s: the same table as
 * {@link LoadCalculator#compute} (tested so), at the cost of an addition per task-week instead of spreading every
 * task of every rollout again. Capacity rows are computed per resource over the weeks the table covers.
 */
public final class ProgramLoads {

    private ProgramLoads() {
    }

    public static LoadTable add(List<PoolMember> pool, List<SiteLoad> sites) {
        LocalDate first = null;
        LocalDate last = null;
        for (SiteLoad site : sites) {
            if (site.first() != null) {
                first = first == null || site.first().isBefore(first) ? site.first() : first;
                last = last == null || site.last().isAfter(last) ? site.last() : last;
            }
        }
        if (first == null || pool.isEmpty()) {
            return LoadTable.empty();
        }
        LocalDate firstMonday = IsoWeeks.monday(first);
        int weeks = (int) ChronoUnit.WEEKS.between(firstMonday, IsoWeeks.monday(last)) + 1;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            index.put(pool.get(i).resourceId(), i);
        }
        long[][] demand = new long[pool.size()][weeks];
        long firstDay = firstMonday.toEpochDay();
        for (SiteLoad site : sites) {
            for (int i = 0; i < site.size(); i++) {
                Integer row = index.get(site.resourceIds()[i]);
                if (row != null) {
                    demand[row][(int) ((site.mondays()[i] - firstDay) / 7)] += site.centihours()[i];
                }
            }
        }
        List<LoadTable.Row> rows = new ArrayList<>(pool.size());
        Map<Long, List<LoadTable.Share>> overCells = new LinkedHashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            long[] capacity = new long[weeks];
            for (int w = 0; w < weeks; w++) {
                capacity[w] = pool.get(i).capacity(firstMonday.plusWeeks(w));
                if (demand[i][w] > capacity[w]) {
                    overCells.put(cell(i, w), new ArrayList<>());
                }
            }
            rows.add(new LoadTable.Row(pool.get(i), capacity, demand[i]));
        }
        if (overCells.isEmpty()) {
            return new LoadTable(firstMonday, weeks, rows, List.of());
        }
        for (SiteLoad site : sites) {
            for (int i = 0; i < site.size(); i++) {
                Integer row = index.get(site.resourceIds()[i]);
                List<LoadTable.Share> shares = row == null ? null
                        : overCells.get(cell(row, (int) ((site.mondays()[i] - firstDay) / 7)));
                if (shares != null) {
                    shares.add(new LoadTable.Share(site.rolloutId(), site.taskIds()[i], site.centihours()[i]));
                }
            }
        }
        List<LoadTable.OverAllocation> named = new ArrayList<>();
        overCells.forEach((cell, shares) -> {
            int row = (int) (cell >> 32);
            int week = (int) (long) cell;
            named.add(new LoadTable.OverAllocation(pool.get(row).resourceId(), pool.get(row).name(),
                    IsoWeeks.key(firstMonday.plusWeeks(week)), rows.get(row).capacity()[week], demand[row][week],
                    merge(shares)));
        });
        return new LoadTable(firstMonday, weeks, rows, named);
    }

    /** One share per task, as {@link LoadCalculator} names them. */
    private static List<LoadTable.Share> merge(List<LoadTable.Share> shares) {
        Map<String, LoadTable.Share> byTask = new LinkedHashMap<>();
        for (LoadTable.Share share : shares) {
            byTask.merge(share.rolloutId() + "/" + share.taskId(), share, (a, b) ->
                    new LoadTable.Share(a.rolloutId(), a.taskId(), a.hours() + b.hours()));
        }
        return List.copyOf(byTask.values());
    }

    private static long cell(int row, int week) {
        return ((long) row << 32) | week;
    }
}
