package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * A resource's demand in an ISO week rose above its capacity; names the tasks, across the program's rollouts, that
 * make the demand. Once per appearance: a week that stays over raises nothing more. Key: program id.
 *
 * @param week           ISO week, e.g. {@code 2027-W14}
 * @param capacityHours  what the resource can give that week, an exact decimal as a string
 * @param demandHours    what its assignments ask of it that week, an exact decimal as a string
 */
public record ResourceOverAllocated(
        String programId,
        String resourceId,
        String resourceName,
        String week,
        String capacityHours,
        String demandHours,
        List<Demand> tasks,
        Instant detectedAt) {

    public static final String TYPE = "org.golive.planning.resource.over-allocated.v1";

    /** One task's share of the week's demand. */
    public record Demand(String rolloutId, String taskId, String hours) {
    }
}
