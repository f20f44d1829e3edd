package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A task as the scheduler sees it: a duration in working days, links to its predecessors and optional dates.
 *
 * @param id                 unique within the plan
 * @param durationDays       working days of work, {@code >= 0}; 0 makes a milestone
 * @param predecessors       links to other tasks of the plan; null means none
 * @param startNoEarlierThan nullable: the task starts on the first working day on or after this date, or later if
 *                           its links say so (the go-live anchor: template offsets become these dates)
 * @param deadline           nullable: finish no later than this date. It tightens the late dates only, so a deadline
 *                           that cannot be met shows as negative float; it never moves the early dates
 * @param progress           actual dates; null means {@link Progress#NONE}
 */
public record ScheduleTask(String id, int durationDays, List<Link> predecessors, LocalDate startNoEarlierThan,
                           LocalDate deadline, Progress progress) {

    public ScheduleTask {
        Objects.requireNonNull(id, "id");
        if (durationDays < 0) {
            throw new IllegalArgumentException("Task " + id + " has a negative duration: " + durationDays);
        }
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        for (Link link : predecessors) {
            if (link.predecessorId().equals(id)) {
                throw new IllegalArgumentException("Task " + id + " cannot depend on itself");
            }
        }
        progress = progress == null ? Progress.NONE : progress;
    }

    /** A task without dates or progress. */
    public static ScheduleTask of(String id, int durationDays, Link... predecessors) {
        return new ScheduleTask(id, durationDays, List.of(predecessors), null, null, Progress.NONE);
    }

    public boolean isMilestone() {
        return durationDays == 0;
    }

    public ScheduleTask withStartNoEarlierThan(LocalDate date) {
        return new ScheduleTask(id, durationDays, predecessors, date, deadline, progress);
    }

    public ScheduleTask withDeadline(LocalDate date) {
        return new ScheduleTask(id, durationDays, predecessors, startNoEarlierThan, date, progress);
    }

    public ScheduleTask withProgress(Progress newProgress) {
        return new ScheduleTask(id, durationDays, predecessors, startNoEarlierThan, deadline, newProgress);
    }
}
