package org.golive.planning.schedule;

import java.time.LocalDate;

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
 */
public record ScheduledTask(String id, LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish,
                            int totalFloat, boolean critical, int freeFloat) {
}
