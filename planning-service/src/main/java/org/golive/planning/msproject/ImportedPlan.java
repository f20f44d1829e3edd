package org.golive.planning.msproject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A plan read from a Microsoft Project XML file: its tasks in file order (summary tasks included, the project summary
 * task left out) and what the reader could not carry over faithfully, in {@code warnings}.
 */
public record ImportedPlan(String title, LocalDate start, LocalDate finish, ImportedCalendar calendar,
                           List<ImportedTask> tasks, List<String> warnings) {

    public ImportedPlan {
        Objects.requireNonNull(calendar, "calendar");
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }
}
