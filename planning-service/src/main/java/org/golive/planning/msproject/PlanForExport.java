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
 * @param staffing the assignments from the program's pool, written as resources and assignments beside the RACI
 */
public record PlanForExport(String title, ImportedCalendar calendar, List<ExportTask> tasks, LocalDate goLive,
                            List<ImportedCalendar> calendars, LocalDate statusDate, FileStaffing staffing) {

    public PlanForExport {
        Objects.requireNonNull(calendar, "calendar");
        tasks = List.copyOf(tasks);
        calendars = calendars == null ? List.of() : List.copyOf(calendars);
        staffing = staffing == null ? FileStaffing.NONE : staffing;
    }

    public PlanForExport(String title, ImportedCalendar calendar, List<ExportTask> tasks, LocalDate goLive,
                         List<ImportedCalendar> calendars, LocalDate statusDate) {
        this(title, calendar, tasks, goLive, calendars, statusDate, FileStaffing.NONE);
    }

    /** The same plan with the assignments from the program's pool (task ids of the plan, resources by pool id). */
    public PlanForExport withStaffing(FileStaffing newStaffing) {
        return new PlanForExport(title, calendar, tasks, goLive, calendars, statusDate, newStaffing);
    }

    public PlanForExport(String title, ImportedCalendar calendar, List<ExportTask> tasks, LocalDate goLive) {
        this(title, calendar, tasks, goLive, List.of(), null);
    }

    public PlanForExport(String title, ImportedCalendar calendar, List<ExportTask> tasks) {
        this(title, calendar, tasks, null);
    }
}
