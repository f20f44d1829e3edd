package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A resource of a program's pool changed; carries the whole resource as {@link ResourceAdded} does. Key: program id. */
public record ResourceUpdated(
        String programId,
        String resourceId,
        String kind,
        String name,
        String role,
        List<String> skills,
        String homeSite,
        String hoursPerWeek,
        List<String> workingWeekdays,
        List<LocalDate> nonWorkingDays,
        String currency,
        List<ResourceAdded.CostRate> costRates,
        Instant updatedAt) {

    public static final String TYPE = "org.golive.planning.resource.updated.v1";
}
