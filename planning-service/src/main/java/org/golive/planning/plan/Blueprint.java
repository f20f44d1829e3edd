package org.golive.planning.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The tasks a plan starts with, each with the id it will keep (a template's task key), and its phases' names.
 *
 * @param statusDate the status date the plan starts with (a file's), or null
 * @param calendars the site's named calendars the plan starts with (a file's), which its tasks may name
 */
public record Blueprint(Source source, List<BlueprintTask> tasks, List<PhaseName> phases, LocalDate statusDate,
                        List<PlanCalendars.Named> calendars) {

    public Blueprint {
        phases = phases == null ? List.of() : List.copyOf(phases);
        calendars = calendars == null ? List.of() : List.copyOf(calendars);
    }

    public Blueprint(Source source, List<BlueprintTask> tasks, List<PhaseName> phases, LocalDate statusDate) {
        this(source, tasks, phases, statusDate, List.of());
    }

    public Blueprint(Source source, List<BlueprintTask> tasks, List<PhaseName> phases) {
        this(source, tasks, phases, null);
    }

    public Blueprint(Source source, List<BlueprintTask> tasks) {
        this(source, tasks, List.of());
    }
}
