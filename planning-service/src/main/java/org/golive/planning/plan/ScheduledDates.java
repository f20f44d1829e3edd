package org.golive.planning.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the schedule engine made of a task the last time the plan was scheduled.
 *
 * @param freeFloat null in plans stored before free float was computed, until they are next scheduled
 * @param startTime  the moment the task starts (08:00 on the standard calendar for a day-level task); null in plans
 *                   stored before session 7, until they are next scheduled
 * @param finishTime the moment its work ends; null likewise
 */
public record ScheduledDates(LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish,
                             int totalFloat, boolean critical, Integer freeFloat, LocalDateTime startTime,
                             LocalDateTime finishTime) {

    public ScheduledDates(LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish,
                          int totalFloat, boolean critical, Integer freeFloat) {
        this(start, finish, lateStart, lateFinish, totalFloat, critical, freeFloat, null, null);
    }

    public ScheduledDates(LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish,
                          int totalFloat, boolean critical) {
        this(start, finish, lateStart, lateFinish, totalFloat, critical, null);
    }
}
