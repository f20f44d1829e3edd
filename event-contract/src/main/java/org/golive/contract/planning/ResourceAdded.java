package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * A person or a generic role joined a program's resource pool. Key: program id.
 *
 * @param kind         PERSON or ROLE (a generic role stands for people not yet named, e.g. "vendor consultants")
 * @param role         TRAINER, CREDENTIALED_TRAINER, SUPER_USER, APPLICATION_ANALYST, INTERFACE_ENGINEER,
 *                     COMMAND_CENTER_STAFF or VENDOR_CONSULTANT
 * @param hoursPerWeek capacity in a full working week, an exact decimal as a string ("40", "20.5")
 * @param nonWorkingDays the days it does not work beyond its weekdays: the site's holidays, vacations
 * @param costRates    hourly cost from a date on, in {@code currency}
 */
public record ResourceAdded(
        String programId,
        String resourceId,
        String kind,
        String name,
        String role,
        List<String> skills,
        String homeSite,
        String hoursPerWeek,
        List<String> workingWeekdays,
        List<java.time.LocalDate> nonWorkingDays,
        String currency,
        List<CostRate> costRates,
        Instant addedAt) {

    public static final String TYPE = "org.golive.planning.resource.added.v1";

    /** An hourly cost, an exact decimal as a string, in force from {@code from} until the next rate's date. */
    public record CostRate(java.time.LocalDate from, String hourlyRate) {
    }
}
