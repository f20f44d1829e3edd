package org.golive.planning.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The tasks a plan starts with, each with the id it will keep (a template's task key), and its phases' names.
 *
 * @param statusDate the status date the plan starts with (a file's), or null
 */
public record Blueprint(Source source, List<BlueprintTask> tasks, List<PhaseName> phases, LocalDate statusDate) {

    public Blueprint {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    public Blueprint(Source source, List<BlueprintTask> tasks, List<PhaseName> phases) {
        this(source, tasks, phases, null);
    }

    public Blueprint(Source source, List<BlueprintTask> tasks) {
        this(source, tasks, List.of());
    }
}
