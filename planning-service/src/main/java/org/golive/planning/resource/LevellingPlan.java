package org.golive.planning.resource;

import java.time.LocalDate;
import java.util.List;

/**
 * What levelling would do: the tasks it delays (in the order it chose them), the over-allocation left (resource
 * weeks still over capacity once they move), and the excess hours over capacity summed over every resource-week,
 * before and after.
 */
public record LevellingPlan(List<Move> moves, List<LoadTable.OverAllocation> remaining, long excessBefore,
                            long excessAfter) {

    /**
     * One task delayed by {@code workingDays} of its site's calendar; {@code removedCentihours}: how much it takes
     * off the program's excess over capacity.
     */
    public record Move(String rolloutId, String taskId, LocalDate fromStart, LocalDate fromFinish, LocalDate toStart,
                       LocalDate toFinish, int workingDays, long removedCentihours) {
    }
}
