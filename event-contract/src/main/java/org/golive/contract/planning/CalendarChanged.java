package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One of a site's working calendars was set: the site's own ({@code Standard}) or a named one that tasks can work on
 * ("Night shift"), by hand or from a Microsoft Project file. The plan was rescheduled on it. Key: rollout id.
 *
 * @param workingWeekdays  MONDAY .. SUNDAY
 * @param workingTimes     the hours of each working day without hours of its own, e.g.
 *                         {@code 08:00-12:00,13:00-17:00}; their length is a day of duration
 * @param weekdayWorkingTimes working weekdays with hours of their own by name ({@code FRIDAY: 08:00-12:00}); null in
 *                         events published before it was added
 * @param dateWorkingTimes dates (ISO) worked in hours of their own; null in events published before it was added
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
        Map<String, String> weekdayWorkingTimes,
        Map<String, String> dateWorkingTimes,
        String fileName,
        List<TaskMove> tasksMoved,
        List<String> criticalPath,
        Integer criticalPathFloat,
        LocalDate planFinish,
        Instant changedAt) {

    public static final String TYPE = "org.golive.planning.calendar.changed.v1";

    /** A calendar whose working days all have the same hours. */
    public CalendarChanged(String rolloutId, String name, List<String> workingWeekdays, String workingTimes,
                           List<LocalDate> holidays, List<LocalDate> extraWorkingDays, String fileName,
                           List<TaskMove> tasksMoved, List<String> criticalPath, Integer criticalPathFloat,
                           LocalDate planFinish, Instant changedAt) {
        this(rolloutId, name, workingWeekdays, workingTimes, holidays, extraWorkingDays, Map.of(), Map.of(),
                fileName, tasksMoved, criticalPath, criticalPathFloat, planFinish, changedAt);
    }
}
