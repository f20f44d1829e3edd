package org.golive.planning.plan;

import java.time.LocalDate;

/**
 * What the schedule engine made of a task the last time the plan was scheduled.
 *
 * @param freeFloat null in plans stored before free float was computed, until they are next scheduled
 */
public record ScheduledDates(LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish,
                             int totalFloat, boolean critical, Integer freeFloat) {

    public ScheduledDates(LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish,
                          int totalFloat, boolean critical) {
        this(start, finish, lateStart, lateFinish, totalFloat, critical, null);
    }
}
