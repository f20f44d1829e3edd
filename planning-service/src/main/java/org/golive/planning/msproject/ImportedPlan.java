package org.golive.planning.msproject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A plan read from a Microsoft Project XML file: its tasks in file order (summary tasks included, the project summary
 * task left out) and what the reader could not carry over faithfully, in {@code warnings}.
 *
 * @param goLive the go-live date a file exported by Golive states (its Subject reads "Go-live 2027-10-02"), else null
 * @param statusDate the file's status date (MS Project's {@code StatusDate}), else null
 * @param calendars the file's other base calendars, a site's named calendars on import ({@link FileCalendars}); tasks
 *        name them by {@link ImportedTask#calendar()}
 * @param resources the file's resources that have assignments on imported tasks
 * @param assignments who works on which imported task, the RACI ones Golive writes left out
 */
public record ImportedPlan(String title, LocalDate start, LocalDate finish, ImportedCalendar calendar,
                           List<ImportedTask> tasks, List<String> warnings, LocalDate goLive, LocalDate statusDate,
                           List<ImportedCalendar> calendars, List<ImportedResource> resources,
                           List<ImportedAssignment> assignments) {

    public ImportedPlan {
        Objects.requireNonNull(calendar, "calendar");
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
        calendars = calendars == null ? List.of() : List.copyOf(calendars);
        resources = resources == null ? List.of() : List.copyOf(resources);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    public ImportedPlan(String title, LocalDate start, LocalDate finish, ImportedCalendar calendar,
                        List<ImportedTask> tasks, List<String> warnings, LocalDate goLive, LocalDate statusDate) {
        this(title, start, finish, calendar, tasks, warnings, goLive, statusDate, List.of(), List.of(), List.of());
    }

    public ImportedPlan(String title, LocalDate start, LocalDate finish, ImportedCalendar calendar,
                        List<ImportedTask> tasks, List<String> warnings, LocalDate goLive) {
        this(title, start, finish, calendar, tasks, warnings, goLive, null);
    }

    public ImportedPlan(String title, LocalDate start, LocalDate finish, ImportedCalendar calendar,
                        List<ImportedTask> tasks, List<String> warnings) {
        this(title, start, finish, calendar, tasks, warnings, null);
    }
}
