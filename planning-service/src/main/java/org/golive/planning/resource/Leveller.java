package org.golive.planning.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Removes over-allocations by delaying tasks within the working days each may move ({@link LevellingSite#slackDays}),
 * the way a planner would: for each over-allocated resource-week in turn (pool order, then weeks in order), it delays
 * tasks of the lowest-priority rollout first (the lowest priority, then the latest go-live; then the task id), each by the fewest working days
 * that lowers that week's excess without pushing any resource over capacity in a week where it was not. Demand moves
 * only to weeks with room, so a week it has passed never fills again. Pure and deterministic: the same pool and sites
 * give the same moves, whatever order the sites come in.
 */
public final class Leveller {

    private Leveller() {
    }

    public static LevellingPlan level(List<PoolMember> pool, List<LevellingSite> sites) {
        return levelled(pool, sites, 0).plan();
    }

    /**
     * The levelled program and the working copy it leaves: the sites in priority order (highest first), the grid
     * with every delay made ({@code null} when nobody is asked for anything; {@code extraWeeks} more weeks of room
     * at its end), and the movable tasks where levelling put them.
     */
    record Levelled(LevellingPlan plan, List<LevellingSite> ordered, DemandGrid grid, List<Slot> slots) {
    }

    static Levelled levelled(List<PoolMember> pool, List<LevellingSite> sites, int extraWeeks) {
        List<LevellingSite> ordered = sites.stream().sorted(Comparator.comparingInt((LevellingSite s) -> -s.priority())
                .thenComparing(LevellingSite::goLiveDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(LevellingSite::rolloutId)).toList();
        LoadTable before = LoadCalculator.withoutNames(pool, ordered.stream().map(LevellingSite::demand).toList());
        if (before.firstMonday() == null) {
            return new Levelled(new LevellingPlan(List.of(), List.of(), 0, 0), ordered, null, List.of());
        }
        DemandGrid grid = DemandGrid.of(pool, before, ordered, extraWeeks);
        long excessBefore = grid.excess();
        List<Slot> slots = excessBefore == 0 ? List.of() : slots(grid, ordered);
        List<List<Slot>> byRow = new ArrayList<>();
        for (int r = 0; r < pool.size(); r++) {
            byRow.add(new ArrayList<>());
        }
        for (Slot slot : slots) {
            for (int row : slot.rows) {
                if (row >= 0 && !byRow.get(row).contains(slot)) {
                    byRow.get(row).add(slot);
                }
            }
        }
        Comparator<Slot> lowestPriorityFirst = Comparator.comparingInt((Slot s) -> -s.site)
                .thenComparing(s -> s.task.taskId());
        byRow.forEach(list -> list.sort(lowestPriorityFirst));
        for (int r = 0; r < pool.size(); r++) {
            for (int w = 0; w < before.weeks(); w++) {
                while (grid.over(r, w) > 0 && delayOne(grid, byRow.get(r), r, w)) {
                    // each delay lowers the week's excess; the loop ends when it is gone or nothing can move
                }
            }
        }
        List<LevellingPlan.Move> moves = new ArrayList<>();
        for (Slot slot : slots) {
            if (slot.delayed > 0) {
                moves.add(new LevellingPlan.Move(ordered.get(slot.site).rolloutId(), slot.task.taskId(),
                        slot.task.start(), slot.task.finish(), grid.date(slot.startDay), grid.date(slot.finishDay),
                        slot.delayed, slot.removed));
            }
        }
        moves.sort(Comparator.comparing(LevellingPlan.Move::rolloutId).thenComparing(LevellingPlan.Move::taskId));
        return new Levelled(new LevellingPlan(List.copyOf(moves), Remaining.name(pool, ordered, grid), excessBefore,
                grid.excess()), ordered, grid, slots);
    }

    /** Tries the week's candidates in priority order; true when one was delayed. */
    private static boolean delayOne(DemandGrid grid, List<Slot> candidates, int row, int week) {
        for (Slot slot : candidates) {
            if (slot.slackLeft == 0 || slot.startDay / 7 > week || slot.finishDay / 7 < week) {
                continue;
            }
            for (int days = 1; days <= slot.slackLeft; days++) {
                int start = grid.advance(slot.site, slot.startDay, days);
                int finish = grid.advance(slot.site, slot.finishDay, days);
                if (start < 0 || finish < 0) {
                    break;
                }
                long removed = grid.tryShift(slot, start, finish, row, week);
                if (removed > 0) {
                    slot.slackLeft -= days;
                    slot.delayed += days;
                    slot.removed += removed;
                    slot.startDay = start;
                    slot.finishDay = finish;
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Slot> slots(DemandGrid grid, List<LevellingSite> sites) {
        List<Slot> slots = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            LevellingSite site = sites.get(s);
            for (AssignedTask task : site.demand().tasks()) {
                int slack = site.slackDays().getOrDefault(task.taskId(), 0);
                if (slack > 0 && LoadCalculator.asksTime(task) && !task.finish().isBefore(task.start())) {
                    Slot slot = new Slot(s, task, grid.rows(task), grid.day(task.start()), grid.day(task.finish()),
                            slack);
                    grid.remember(slot);
                    slots.add(slot);
                }
            }
        }
        return slots;
    }

    /** A movable task and where levelling has put it so far (days from the grid's first Monday). */
    static final class Slot {
        final int site;
        final AssignedTask task;
        final int[] rows;
        int startDay;
        int finishDay;
        int slackLeft;
        int delayed;
        long removed;

        Slot(int site, AssignedTask task, int[] rows, int startDay, int finishDay, int slack) {
            this.site = site;
            this.task = task;
            this.rows = rows;
            this.startDay = startDay;
            this.finishDay = finishDay;
            this.slackLeft = slack;
        }
    }
}
