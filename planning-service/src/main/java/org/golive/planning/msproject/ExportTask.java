package org.golive.planning.msproject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A task to export. A task followed by tasks of a greater {@code outlineLevel} (starting at 1) is written as their
 * summary task. {@code id} is the caller's own identifier, referenced by {@link ExportLink#predecessorId()}.
 */
public record ExportTask(String id, String wbs, String name, int outlineLevel, boolean milestone, LocalDate start,
                         LocalDate finish, int durationDays, int percentComplete, LocalDate actualStart,
                         LocalDate actualFinish, List<ExportLink> predecessors, LocalDate baselineStart,
                         LocalDate baselineFinish, String notes) {

    public ExportTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        predecessors = List.copyOf(predecessors);
    }
}
