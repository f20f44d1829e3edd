package org.golive.planning.plan;

import java.time.LocalDate;

/** What the schedule engine made of a task the last time the plan was scheduled. */
public record ScheduledDates(LocalDate start, LocalDate finish, LocalDate lateStart, LocalDate lateFinish,
                             int totalFloat, boolean critical) {
}
