package org.golive.planning.msproject;

import net.sf.mpxj.ProjectCalendar;
import org.golive.platform.input.InputBounds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The file's date-times as the plan's dates, bounded like a request's and read against the project calendar. */
final class ImportDates {

    private final ProjectCalendar calendar;

    ImportDates(ProjectCalendar calendar) {
        this.calendar = calendar;
    }

    static LocalDate date(LocalDateTime dateTime) {
        return dateTime == null ? null : inBounds(dateTime.toLocalDate());
    }

    /** A file's dates go into the schedule's arithmetic: year 0 or 99999 is refused like it is in a request. */
    private static LocalDate inBounds(LocalDate date) {
        String problem = InputBounds.dateProblem(date);
        if (problem != null) {
            throw new MspdiFormatException("the file has a date that " + problem + " (" + date + ")");
        }
        return date;
    }

    /**
     * A finish at or before the first working minute of a working day means the work ended on the previous working
     * day (MS Project writes such finishes, e.g. 08:00 after an SF link); anything else keeps its date.
     */
    LocalDate finishDate(LocalDateTime start, LocalDateTime finish) {
        if (finish == null) {
            return null;
        }
        LocalDate day = inBounds(finish.toLocalDate());
        if (start != null && finish.isAfter(start) && calendar.isWorkingDate(day)) {
            LocalTime firstWorkingMinute = calendar.getStartTime(day);
            if (firstWorkingMinute != null && !finish.toLocalTime().isAfter(firstWorkingMinute)) {
                LocalDateTime previous = calendar.getPreviousWorkFinish(finish);
                if (previous != null && !previous.isBefore(start)) {
                    return previous.toLocalDate();
                }
            }
        }
        return day;
    }
}
