package org.golive.planning.msproject;

import java.util.List;
import java.util.Objects;

/** A plan to write as Microsoft Project XML: tasks in outline order, the summary tasks among them. */
public record PlanForExport(String title, ImportedCalendar calendar, List<ExportTask> tasks) {

    public PlanForExport {
        Objects.requireNonNull(calendar, "calendar");
        tasks = List.copyOf(tasks);
    }
}
