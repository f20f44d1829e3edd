package org.golive.planning.resource;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a site plan with the resources assigned to it, and the dates it runs on as planning last published
 * them. {@code revision} counts changes of its assignments, so that two people assigning one task conflict (409).
 */
public record AssignedTask(String taskId, LocalDate start, LocalDate finish, boolean milestone, int revision,
                           List<Assignment> assignments) {

    public AssignedTask {
        assignments = List.copyOf(assignments);
    }

    AssignedTask movedTo(LocalDate newStart, LocalDate newFinish) {
        return new AssignedTask(taskId, newStart, newFinish, milestone, revision, assignments);
    }
}
