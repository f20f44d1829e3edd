package org.golive.contract.planning;

import java.time.Instant;

/** A resource's demand in an ISO week is back within its capacity. Key: program id. */
public record ResourceOverAllocationResolved(
        String programId,
        String resourceId,
        String resourceName,
        String week,
        String capacityHours,
        String demandHours,
        Instant resolvedAt) {

    public static final String TYPE = "org.golive.planning.resource.over-allocation-resolved.v1";
}
