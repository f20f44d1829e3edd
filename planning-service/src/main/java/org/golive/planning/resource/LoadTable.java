package org.golive.planning.resource;

import java.time.LocalDate;
import java.util.List;

/**
 * Capacity against demand of every resource of a program's pool, week by week (ISO weeks from {@code firstMonday}),
 * in centihours, with the weeks where demand is over capacity named.
 */
public record LoadTable(LocalDate firstMonday, int weeks, List<Row> rows, List<OverAllocation> overAllocations) {

    public static LoadTable empty() {
        return new LoadTable(null, 0, List.of(), List.of());
    }

    /** One resource: capacity and demand per week, index 0 being {@code firstMonday}'s week. */
    public record Row(PoolMember member, long[] capacity, long[] demand) {
    }

    /** A week where a resource's demand is over its capacity, and the tasks (across rollouts) that make it. */
    public record OverAllocation(String resourceId, String resourceName, String week, long capacity, long demand,
                                 List<Share> tasks) {

        String key() {
            return resourceId + "/" + week;
        }
    }

    /** One task's hours in an over-allocated week. */
    public record Share(String rolloutId, String taskId, long hours) {
    }
}
