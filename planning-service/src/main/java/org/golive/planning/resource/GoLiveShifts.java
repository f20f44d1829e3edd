package org.golive.planning.resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Levelling beyond float, when asked for: first levels within float ({@link Leveller}); if over-allocation remains,
 * moves the go-lives of the rollouts taking part in it, the lowest-ranked first (priority, then the later go-live),
 * each by the fewest whole weeks (at most {@code maxWeeks}) that leaves the least of the excess it adds over
 * capacity, none when no move lowers it; then levels the moved program within float again. A rollout of priority
 * 1000 keeps its go-live (MS Project's "do not level"). Moves are kept only when the program ends with less
 * excess than levelling within float leaves.
 *
 * <p>Choosing the weeks is arithmetic on the levelled grid: a rollout's demand moved by whole weeks falls on the same
 * weekdays, so its hours per resource-week move unchanged (site holidays aside). The moved program is then computed
 * exactly: each chosen rollout's go-live moved by the plan's own move ({@link Mover}), its tasks' new dates and
 * float levelled within float. Pure and deterministic, like the levelling it extends.
 */
public final class GoLiveShifts {

    /** MS Project's highest priority: the rollout is not levelled by moving its go-live. */
    static final int DO_NOT_MOVE = 1000;

    private GoLiveShifts() {
    }

    /** A rollout's go-live moved: the site as levelling takes it then, and its plan's task moves. */
    public record Moved(LevellingSite site, List<org.golive.planning.plan.Move> tasks) {
    }

    /** Moves a rollout's go-live on paper, by the plan's own rules. */
    @FunctionalInterface
    public interface Mover {
        Moved move(LevellingSite site, LocalDate newGoLive);
    }

    /**
     * @param maxWeeks     the most weeks one go-live may move
     * @param latestGoLive no go-live is moved past it
     */
    public static LevellingPlan level(List<PoolMember> pool, List<LevellingSite> sites, int maxWeeks,
                                      LocalDate latestGoLive, Mover mover) {
        Leveller.Levelled within = Leveller.levelled(pool, sites, maxWeeks + 1);
        if (within.plan().remaining().isEmpty()) {
            return within.plan();
        }
        Map<Integer, Integer> weeksBySite = chooseWeeks(within, maxWeeks, latestGoLive);
        if (weeksBySite.isEmpty()) {
            return within.plan();
        }
        List<LevellingSite> moved = new ArrayList<>();
        List<LevellingPlan.GoLiveChange> changes = new ArrayList<>();
        for (int s = 0; s < within.ordered().size(); s++) {
            LevellingSite site = within.ordered().get(s);
            Integer weeks = weeksBySite.get(s);
            if (weeks == null) {
                moved.add(site);
                continue;
            }
            LocalDate to = site.goLiveDate().plusWeeks(weeks);
            Moved result = mover.move(site, to);
            moved.add(result.site());
            changes.add(new LevellingPlan.GoLiveChange(site.rolloutId(), site.goLiveDate(), to, weeks,
                    result.tasks()));
        }
        LevellingPlan after = Leveller.level(pool, moved);
        if (after.excessAfter() >= within.plan().excessAfter()) {
            return within.plan(); // moving go-lives must pay for itself
        }
        changes.sort(Comparator.comparing(LevellingPlan.GoLiveChange::rolloutId));
        return new LevellingPlan(after.moves(), List.copyOf(changes), after.remaining(),
                within.plan().excessBefore(), after.excessAfter());
    }

    /** The weeks each moved site (its index in priority order) goes live later. */
    private static Map<Integer, Integer> chooseWeeks(Leveller.Levelled within, int maxWeeks, LocalDate latest) {
        DemandGrid grid = within.grid();
        List<LevellingSite> ordered = within.ordered();
        Set<String> involved = new HashSet<>();
        within.plan().remaining().forEach(o -> o.tasks().forEach(t -> involved.add(t.rolloutId())));
        Map<String, Leveller.Slot> placed = new HashMap<>();
        within.slots().forEach(slot -> placed.put(slot.site + "/" + slot.task.taskId(), slot));
        Map<Integer, Integer> chosen = new HashMap<>();
        for (int s = ordered.size() - 1; s >= 0; s--) { // the lowest-ranked first
            LevellingSite site = ordered.get(s);
            if (!involved.contains(site.rolloutId()) || site.priority() >= DO_NOT_MOVE || site.goLiveDate() == null) {
                continue;
            }
            Map<Long, Long> hours = hoursOf(grid, s, site, placed);
            long now = addedExcess(grid, hours, 0);
            int best = 0;
            long least = now;
            for (int k = 1; k <= maxWeeks && least > 0 && !site.goLiveDate().plusWeeks(k).isAfter(latest); k++) {
                long excess = addedExcess(grid, hours, k);
                if (excess < least) {
                    least = excess;
                    best = k;
                }
            }
            if (best > 0) {
                int weeks = best;
                hours.forEach((cell, h) -> {
                    grid.add(row(cell), week(cell), -h);
                    grid.add(row(cell), week(cell) + weeks, h);
                });
                chosen.put(s, best);
            }
        }
        return chosen;
    }

    /** The site's hours per resource-week where levelling within float left its tasks. */
    private static Map<Long, Long> hoursOf(DemandGrid grid, int s, LevellingSite site, Map<String, Leveller.Slot> placed) {
        Map<Long, Long> hours = new HashMap<>();
        for (AssignedTask task : site.demand().tasks()) {
            if (!LoadCalculator.asksTime(task) || task.start() == null || task.finish() == null
                    || task.finish().isBefore(task.start())) {
                continue;
            }
            Leveller.Slot slot = placed.get(s + "/" + task.taskId());
            int start = slot != null ? slot.startDay : grid.day(task.start());
            int finish = slot != null ? slot.finishDay : grid.day(task.finish());
            grid.spread(s, task, slot != null ? slot.rows : grid.rows(task), start, finish,
                    (r, w, h) -> hours.merge(cell(r, w), h, Long::sum));
        }
        return hours;
    }

    /**
     * The excess over capacity the site's hours add, moved {@code weeks} later: in each resource-week they land on,
     * the excess with them less the excess without them (the site's own hours there taken off first).
     */
    private static long addedExcess(DemandGrid grid, Map<Long, Long> hours, int weeks) {
        long added = 0;
        for (Map.Entry<Long, Long> entry : hours.entrySet()) {
            int r = row(entry.getKey());
            int w = week(entry.getKey()) + weeks;
            if (w >= grid.weeks()) {
                return Long.MAX_VALUE; // past the grid's room: not a move to make
            }
            long without = grid.demand(r, w) - hours.getOrDefault(cell(r, w), 0L);
            long capacity = grid.capacity(r, w);
            added += Math.max(0, without + entry.getValue() - capacity) - Math.max(0, without - capacity);
        }
        return added;
    }

    private static long cell(int row, int week) {
        return ((long) row << 32) | week;
    }

    private static int row(long cell) {
        return (int) (cell >> 32);
    }

    private static int week(long cell) {
        return (int) cell;
    }
}
