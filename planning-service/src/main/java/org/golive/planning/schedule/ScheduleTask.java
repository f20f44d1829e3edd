package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A task as the scheduler sees it: a duration, links to its predecessors and optional dates.
 *
 * @param id                 unique within the plan
 * @param durationDays       working days of work, {@code >= 0}; 0 makes a milestone. When {@code duration} is given in
 *                           another unit than days, this is 0 and {@code duration} rules
 * @param duration           the duration in MS Project's units (hours, minutes, elapsed time); null means
 *                           {@code durationDays} days. A zero amount makes a milestone
 * @param calendar           the task's own calendar, or null for the plan's. Its durations count its working time;
 *                           lags count the successor's
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
                           LocalDate deadline, Progress progress, Constraint constraint, ScheduleDuration duration,
                           WorkCalendar calendar) {

    public ScheduleTask {
        Objects.requireNonNull(id, "id");
        if (durationDays < 0 || duration != null && duration.amount() < 0) {
            throw new IllegalArgumentException("Task " + id + " has a negative duration: "
                    + (duration == null ? durationDays : duration));
        }
        duration = duration == null ? ScheduleDuration.days(durationDays) : duration;
        durationDays = duration.inDays() ? Math.toIntExact(duration.amount()) : 0;
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        for (Link link : predecessors) {
            if (link.predecessorId().equals(id)) {
                throw new IllegalArgumentException("Task " + id + " cannot depend on itself");
            }
        }
        progress = progress == null ? Progress.NONE : progress;
        LocalDate given = startNoEarlierThan;
        startNoEarlierThan = SchedulePlan.startNoEarlierThan(given, constraint);
        constraint = SchedulePlan.otherConstraint(id, given, constraint);
    }

    /** A task in working days on the plan's calendar. */
    public ScheduleTask(String id, int durationDays, List<Link> predecessors, LocalDate startNoEarlierThan,
                        LocalDate deadline, Progress progress, Constraint constraint) {
        this(id, durationDays, predecessors, startNoEarlierThan, deadline, progress, constraint, null, null);
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
        return duration.isZero();
    }

    public ScheduleTask withStartNoEarlierThan(LocalDate date) {
        return new ScheduleTask(id, durationDays, predecessors, date, deadline, progress, constraint, duration,
                calendar);
    }

    public ScheduleTask withDeadline(LocalDate date) {
        return new ScheduleTask(id, durationDays, predecessors, startNoEarlierThan, date, progress, constraint,
                duration, calendar);
    }

    public ScheduleTask withProgress(Progress newProgress) {
        return new ScheduleTask(id, durationDays, predecessors, startNoEarlierThan, deadline, newProgress, constraint,
                duration, calendar);
    }

    /** This task with the given constraint in place of any it had (a SNET one included). */
    public ScheduleTask withConstraint(Constraint newConstraint) {
        return new ScheduleTask(id, durationDays, predecessors, null, deadline, progress, newConstraint, duration,
                calendar);
    }

    /** This task lasting {@code newDuration} (hours, minutes, elapsed time or days). */
    public ScheduleTask withDuration(ScheduleDuration newDuration) {
        return new ScheduleTask(id, 0, predecessors, startNoEarlierThan, deadline, progress, constraint,
                Objects.requireNonNull(newDuration, "newDuration"), calendar);
    }

    /** This task worked on its own calendar rather than the plan's (null: the plan's). */
    public ScheduleTask withCalendar(WorkCalendar newCalendar) {
        return new ScheduleTask(id, durationDays, predecessors, startNoEarlierThan, deadline, progress, constraint,
                duration, newCalendar);
    }
}
