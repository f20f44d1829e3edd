package org.golive.planning.resource;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Levelling's working copy of a program's load: capacity and demand per resource and week (centihours), widened
 * past the last week by room for the longest delay, each site's working days ({@link SiteDays}), and the arithmetic
 * that moves one task's demand and says what that does to the excess over capacity.
 */
final class DemandGrid {

    private final LocalDate firstMonday;
    private final int weeks;
    private final long[][] capacity;
    private final long[][] demand;
    private final List<SiteDays> working = new ArrayList<>();
    private final Map<String, Integer> rowOf = new HashMap<>();
    private final List<Map<String, Leveller.Slot>> slotsBySite = new ArrayList<>();

    private DemandGrid(LocalDate firstMonday, int weeks, int resources) {
        this.firstMonday = firstMonday;
        this.weeks = weeks;
        this.capacity = new long[resources][weeks];
        this.demand = new long[resources][weeks];
    }

    /** @param extraWeeks room past the widest delay, for go-lives moved by whole weeks */
    static DemandGrid of(List<PoolMember> pool, LoadTable table, List<LevellingSite> sites, int extraWeeks) {
        int maxSlack = sites.stream().flatMap(site -> site.slackDays().values().stream())
                .mapToInt(Integer::intValue).max().orElse(0);
        DemandGrid grid = new DemandGrid(table.firstMonday(), table.weeks() + maxSlack / 3 + 2 + extraWeeks,
                pool.size());
        for (int r = 0; r < pool.size(); r++) {
            LoadTable.Row row = table.rows().get(r);
            grid.rowOf.put(pool.get(r).resourceId(), r);
            System.arraycopy(row.demand(), 0, grid.demand[r], 0, table.weeks());
            System.arraycopy(row.capacity(), 0, grid.capacity[r], 0, table.weeks());
            for (int w = table.weeks(); w < grid.weeks; w++) {
                grid.capacity[r][w] = pool.get(r).capacity(grid.firstMonday.plusWeeks(w));
            }
        }
        for (LevellingSite site : sites) {
            grid.working.add(SiteDays.of(site.demand().calendar(), grid.firstMonday, grid.weeks * 7));
            grid.slotsBySite.add(new HashMap<>());
        }
        return grid;
    }

    void remember(Leveller.Slot slot) {
        slotsBySite.get(slot.site).put(slot.task.taskId(), slot);
    }

    Leveller.Slot slot(int site, String taskId) {
        return slotsBySite.get(site).get(taskId);
    }

    int day(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(firstMonday, date);
    }

    LocalDate date(int day) {
        return firstMonday.plusDays(day);
    }

    long over(int row, int week) {
        return demand[row][week] - capacity[row][week];
    }

    /** The day {@code days} working days of the site after {@code day}; -1 past the grid. */
    int advance(int site, int day, int days) {
        SiteDays bits = working.get(site);
        int at = day;
        for (int i = 0; i < days; i++) {
            at = bits.next(at + 1);
            if (at < 0 || at >= weeks * 7) {
                return -1;
            }
        }
        return at;
    }

    int[] rows(AssignedTask task) {
        int[] rows = new int[task.assignments().size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = rowOf.getOrDefault(task.assignments().get(i).resourceId(), -1);
        }
        return rows;
    }

    /**
     * Moves the slot's demand to run from {@code start} to {@code finish} if that lowers the excess of the week
     * {@code (row, week)} and of the program, and puts no resource over capacity in a week where it was within.
     *
     * @return the excess removed (centihours), 0 when the move was refused and nothing changed
     */
    long tryShift(Leveller.Slot slot, int start, int finish, int row, int week) {
        Map<Long, Long> delta = new HashMap<>();
        spread(slot.site, slot.task, slot.rows, slot.startDay, slot.finishDay,
                (r, w, hours) -> delta.merge(cell(r, w), -hours, Long::sum));
        spread(slot.site, slot.task, slot.rows, start, finish,
                (r, w, hours) -> delta.merge(cell(r, w), hours, Long::sum));
        Long own = delta.get(cell(row, week));
        if (own == null || own >= 0) {
            return 0;
        }
        long change = 0;
        for (Map.Entry<Long, Long> entry : delta.entrySet()) {
            int r = (int) (entry.getKey() >> 32);
            int w = (int) (long) entry.getKey();
            long before = demand[r][w];
            long after = before + entry.getValue();
            if (before <= capacity[r][w] && after > capacity[r][w]) {
                return 0;
            }
            change += Math.max(0, after - capacity[r][w]) - Math.max(0, before - capacity[r][w]);
        }
        if (change >= 0) {
            return 0;
        }
        delta.forEach((key, hours) -> demand[(int) (key >> 32)][(int) (long) key] += hours);
        return -change;
    }

    /** The excess over capacity summed over every resource-week. */
    long excess() {
        long total = 0;
        for (int r = 0; r < demand.length; r++) {
            for (int w = 0; w < weeks; w++) {
                total += Math.max(0, demand[r][w] - capacity[r][w]);
            }
        }
        return total;
    }

    /** Adds hours (negative: takes them off) to a resource's week, as a go-live moved by whole weeks does. */
    void add(int row, int week, long hours) {
        demand[row][week] += hours;
    }

    int resources() {
        return demand.length;
    }

    long demand(int row, int week) {
        return demand[row][week];
    }

    long capacity(int row, int week) {
        return capacity[row][week];
    }

    int weeks() {
        return weeks;
    }

    /** A task's demand over those days, as {@link LoadCalculator} spreads it; {@code rows}: its assignments'. */
    void spread(int site, AssignedTask task, int[] rows, int start, int finish, LoadCalculator.Sink sink) {
        working.get(site).spread(task, rows, start, finish, (row, day, hours) -> sink.add(row, day / 7, hours));
    }

    private static long cell(int row, int week) {
        return ((long) row << 32) | week;
    }
}
