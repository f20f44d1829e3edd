package org.golive.planning.msproject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A plan to write as Microsoft Project XML: tasks in outline order, the summary tasks among them.
 *
 * @param goLive the site's go-live date, written as the file's Subject so that importing the file again anchors the
 *        plan where it was; null to leave it out
 * @param calendars the site's named calendars tasks work on (by {@link ExportTask#calendar()}), beside its own
 * @param statusDate the plan's status date, written as the file's StatusDate; null for none
 */
public record PlanForExport(String title, ImportedCalendar calendar, List<ExportTask> tasks, LocalDate goLive,
                            List<ImportedCalendar> calendars, LocalDate statusDate) {

    public PlanForExport {
        Objects.requireNonNull(calendar, "calendar");
        tasks = List.copyOf(tasks);
        calendars = calendars == null ? List.of() : List.copyOf(calendars);
    }

    public PlanForExport(String title, ImportedCalendar calendar, List<ExportTask> tasks, LocalDate goLive) {
        this(title, calendar, tasks, goLive, List.of(), null);
    }

    public PlanForExport(String title, ImportedCalendar calendar, List<ExportTask> tasks) {
        this(title, calendar, tasks, null);
    }
}
