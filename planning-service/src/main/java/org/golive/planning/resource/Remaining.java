package org.golive.planning.resource;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The over-allocations levelling leaves, named as {@link LoadCalculator} names them (rollouts in priority order,
 * their tasks in order, one share per task), from the levelled grid: only tasks on a resource and in a week still
 * over capacity are spread again.
 */
final class Remaining {

    private Remaining() {
    }

    static List<LoadTable.OverAllocation> name(List<PoolMember> pool, List<LevellingSite> sites, DemandGrid grid) {
        Map<Long, Map<String, LoadTable.Share>> cells = new LinkedHashMap<>();
        List<BitSet> overWeeks = new ArrayList<>();
        for (int r = 0; r < pool.size(); r++) {
            BitSet weeks = new BitSet();
            for (int w = 0; w < grid.weeks(); w++) {
                if (grid.over(r, w) > 0) {
                    weeks.set(w);
                    cells.put(cell(r, w), new LinkedHashMap<>());
                }
            }
            overWeeks.add(weeks);
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        for (int s = 0; s < sites.size(); s++) {
            String rolloutId = sites.get(s).rolloutId();
            for (AssignedTask task : sites.get(s).demand().tasks()) {
                if (!LoadCalculator.asksTime(task)) {
                    continue;
                }
                Leveller.Slot slot = grid.slot(s, task.taskId());
                int start = slot == null ? grid.day(task.start()) : slot.startDay;
                int finish = slot == null ? grid.day(task.finish()) : slot.finishDay;
                int[] rows = grid.rows(task);
                if (!touchesOver(rows, overWeeks, start, finish)) {
                    continue;
                }
                grid.spread(s, task, rows, start, finish, (row, week, hours) -> {
                    Map<String, LoadTable.Share> shares = cells.get(cell(row, week));
                    if (shares != null) {
                        shares.merge(rolloutId + "/" + task.taskId(),
                                new LoadTable.Share(rolloutId, task.taskId(), hours),
                                (a, b) -> new LoadTable.Share(a.rolloutId(), a.taskId(), a.hours() + b.hours()));
                    }
                });
            }
        }
        List<LoadTable.OverAllocation> named = new ArrayList<>();
        cells.forEach((cell, shares) -> {
            int row = (int) (cell >> 32);
            int week = (int) (long) cell;
            named.add(new LoadTable.OverAllocation(pool.get(row).resourceId(), pool.get(row).name(),
                    IsoWeeks.key(grid.date(week * 7)), grid.capacity(row, week), grid.demand(row, week),
                    List.copyOf(shares.values())));
        });
        return List.copyOf(named);
    }

    private static boolean touchesOver(int[] rows, List<BitSet> overWeeks, int start, int finish) {
        if (start < 0 || finish < start) {
            return false;
        }
        for (int row : rows) {
            if (row >= 0) {
                int next = overWeeks.get(row).nextSetBit(start / 7);
                if (next >= 0 && next <= finish / 7) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long cell(int row, int week) {
        return ((long) row << 32) | week;
    }
}
