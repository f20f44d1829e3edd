package org.golive.planning.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A task's place in the schedule. Dates are inclusive working days (see {@link Scheduler} for milestones and actual
 * dates); float is in working days.
 *
 * @param start       early start, or the actual start
 * @param finish      early finish, or the actual finish
 * @param lateStart   the latest start that delays neither the plan's finish nor any deadline
 * @param lateFinish  the latest finish likewise
 * @param totalFloat  {@code lateStart - start} in working days; negative when a deadline cannot be met
 * @param critical    {@code totalFloat <= 0} for a task not yet done; a done task is never critical
 * @param freeFloat   working days the task can slip without moving any successor's early dates (without moving the
 *                    plan's finish, for a task without successors); never negative nor above a positive total float,
 *                    0 for a done task
 * @param startTime   the moment the task starts (on its calendar's working time; a done task: its actual start day's
 *                    first working minute)
 * @param finishTime  the moment its work ends (a milestone: its moment)
 * @param totalFloatMinutes total float in working minutes of the task's calendar: {@code totalFloat} is this in whole
 *                    days, rounded down
 */
public record ScheduledTask(String id, LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish,
                            int totalFloat, boolean critical, int freeFloat, LocalDateTime startTime,
                            LocalDateTime finishTime, long totalFloatMinutes) {

    /** Day-level fields only; the moments null. */
    public ScheduledTask(String id, LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish,
                         int totalFloat, boolean critical, int freeFloat) {
        this(id, start, finish, lateStart, lateFinish, totalFloat, critical, freeFloat, null, null, 0);
    }

    /** The same dates without the moments and minutes, as the day-level fields compare. */
    public ScheduledTask days() {
        return new ScheduledTask(id, start, finish, lateStart, lateFinish, totalFloat, critical, freeFloat);
    }
}
