package org.golive.planning.plan;

import java.time.LocalDate;

/**
 * One task of a site plan: its definition, its progress and its scheduled dates. {@code revision} counts the changes
 * made to this task, so that two people editing different tasks of one plan do not conflict but two editing the
 * same task do.
 */
public record PlanTask(
        String id,
        TaskDefinition definition,
        TaskStatus status,
        int percentComplete,
        LocalDate actualStart,
        LocalDate actualFinish,
        ScheduledDates scheduled,
        int revision) {

    static PlanTask planned(String id, TaskDefinition definition) {
        return new PlanTask(id, definition, TaskStatus.NOT_STARTED, 0, null, null, null, 0);
    }

    public boolean done() {
        return status == TaskStatus.DONE;
    }

    public boolean milestone() {
        return definition.milestone();
    }

    PlanTask revised(TaskDefinition newDefinition) {
        return new PlanTask(id, newDefinition, status, percentComplete, actualStart, actualFinish, scheduled,
                revision + 1);
    }

    PlanTask progressed(TaskStatus newStatus, int percent, LocalDate start, LocalDate finish) {
        return new PlanTask(id, definition, newStatus, percent, start, finish, scheduled, revision + 1);
    }

    PlanTask scheduledAs(ScheduledDates dates) {
        return new PlanTask(id, definition, status, percentComplete, actualStart, actualFinish, dates, revision);
    }
}
