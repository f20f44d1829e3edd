package org.golive.planning.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task of a site plan with the resources assigned to it, and the dates it runs on as planning last published
 * them. {@code revision} counts changes of its assignments, so that two people assigning one task conflict (409).
 * {@code assignedAt} says which plan they were made on when the plan is replaced (null: before it was recorded).
 */
public record AssignedTask(String taskId, LocalDate start, LocalDate finish, boolean milestone, int revision,
                           List<Assignment> assignments, Instant assignedAt) {

    public AssignedTask {
        assignments = List.copyOf(assignments);
    }

    public AssignedTask(String taskId, LocalDate start, LocalDate finish, boolean milestone, int revision,
                        List<Assignment> assignments) {
        this(taskId, start, finish, milestone, revision, assignments, null);
    }

    AssignedTask movedTo(LocalDate newStart, LocalDate newFinish) {
        return new AssignedTask(taskId, newStart, newFinish, milestone, revision, assignments, assignedAt);
    }

    /** Whether these assignments were made on a plan replaced at {@code replacedAt}, not on the plan that replaced it. */
    boolean madeBefore(Instant replacedAt) {
        return assignedAt == null || assignedAt.isBefore(replacedAt);
    }
}
