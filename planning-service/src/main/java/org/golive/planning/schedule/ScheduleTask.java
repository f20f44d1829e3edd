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
 * @param constraint         nullable: a date constraint of another type than start-no-earlier-than (MS Project's
 *                           eight, see {@link Scheduler}). A SNET constraint is kept as {@code startNoEarlierThan}
 *                           and ASAP as null, so each constraint has one form; a task has at most one constraint
 */
public record ScheduleTask(String id, int durationDays, List<Link> predecessors, LocalDate startNoEarlierThan,
                           LocalDate deadline, Progress progress, Constraint constraint) {

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
        if (constraint != null && constraint.type() == ConstraintType.SNET && startNoEarlierThan == null) {
            startNoEarlierThan = constraint.date();
            constraint = null;
        }
        if (constraint != null && constraint.type() == ConstraintType.ASAP) {
            constraint = null;
        }
        if (constraint != null && startNoEarlierThan != null) {
            throw new IllegalArgumentException("Task " + id + " has two constraints: start no earlier than "
                    + startNoEarlierThan + " and " + constraint.type());
        }
    }

    /** A task without a constraint beyond start-no-earlier-than. */
    public ScheduleTask(String id, int durationDays, List<Link> predecessors, LocalDate startNoEarlierThan,
                        LocalDate deadline, Progress progress) {
        this(id, durationDays, predecessors, startNoEarlierThan, deadline, progress, null);
    }

    /** The task's constraint in MS Project's terms: ASAP when it has none. */
    public Constraint effectiveConstraint() {
        if (constraint != null) {
            return constraint;
        }
        return startNoEarlierThan == null ? Constraint.ASAP : Constraint.of(ConstraintType.SNET, startNoEarlierThan);
    }

    /** A task without dates or progress. */
    public static ScheduleTask of(String id, int durationDays, Link... predecessors) {
        return new ScheduleTask(id, durationDays, List.of(predecessors), null, null, Progress.NONE);
    }

    public boolean isMilestone() {
        return durationDays == 0;
    }

    public ScheduleTask withStartNoEarlierThan(LocalDate date) {
        return new ScheduleTask(id, durationDays, predecessors, date, deadline, progress, constraint);
    }

    public ScheduleTask withDeadline(LocalDate date) {
        return new ScheduleTask(id, durationDays, predecessors, startNoEarlierThan, date, progress, constraint);
    }

    public ScheduleTask withProgress(Progress newProgress) {
        return new ScheduleTask(id, durationDays, predecessors, startNoEarlierThan, deadline, newProgress, constraint);
    }

    /** This task with the given constraint in place of any it had (a SNET one included). */
    public ScheduleTask withConstraint(Constraint newConstraint) {
        return new ScheduleTask(id, durationDays, predecessors, null, deadline, progress, newConstraint);
    }
}
