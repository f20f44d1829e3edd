package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One of a site's working calendars was set: the site's own ({@code Standard}) or a named one that tasks can work on
 * ("Night shift"), by hand or from a Microsoft Project file. The plan was rescheduled on it. Key: rollout id.
 *
 * @param workingWeekdays  MONDAY .. SUNDAY
 * @param workingTimes     the hours of each working day, e.g. {@code 08:00-12:00,13:00-17:00}
 * @param fileName         the MS Project file the calendar was imported from, null when set by hand
 * @param tasksMoved       the tasks whose dates changed with it
 */
public record CalendarChanged(
        String rolloutId,
        String name,
        List<String> workingWeekdays,
        String workingTimes,
        List<LocalDate> holidays,
        List<LocalDate> extraWorkingDays,
        String fileName,
        List<TaskMove> tasksMoved,
        List<String> criticalPath,
        Integer criticalPathFloat,
        LocalDate planFinish,
        Instant changedAt) {

    public static final String TYPE = "org.golive.planning.calendar.changed.v1";
}
