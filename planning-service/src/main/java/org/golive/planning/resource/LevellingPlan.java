package org.golive.planning.resource;

import java.time.LocalDate;
import java.util.List;

/**
 * What levelling would do: the go-live dates it moves (only when asked to level beyond float), the tasks it delays
 * (in the order it chose them; a moved rollout's from the dates its go-live move gives them), the over-allocation
 * left (resource weeks still over capacity once they move), and the excess hours over capacity summed over every
 * resource-week, before and after.
 */
public record LevellingPlan(List<Move> moves, List<GoLiveChange> goLiveChanges,
                            List<LoadTable.OverAllocation> remaining, long excessBefore, long excessAfter) {

    /** Levelling within float: no go-live moves. */
    public LevellingPlan(List<Move> moves, List<LoadTable.OverAllocation> remaining, long excessBefore,
                         long excessAfter) {
        this(moves, List.of(), remaining, excessBefore, excessAfter);
    }

    /**
     * One task delayed by {@code workingDays} of its site's calendar; {@code removedCentihours}: how much it takes
     * off the program's excess over capacity.
     */
    public record Move(String rolloutId, String taskId, LocalDate fromStart, LocalDate fromFinish, LocalDate toStart,
                       LocalDate toFinish, int workingDays, long removedCentihours) {
    }

    /** A rollout's go-live moved {@code weeks} later, and what its plan's own move does to its tasks. */
    public record GoLiveChange(String rolloutId, LocalDate from, LocalDate to, int weeks,
                               List<org.golive.planning.plan.Move> tasks) {

        public GoLiveChange {
            tasks = List.copyOf(tasks);
        }
    }
}
