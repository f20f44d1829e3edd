package org.golive.testsupport;

import java.time.LocalDate;
import java.util.List;

/**
 * Microsoft Project XML files that hold only a calendar, as MS Project saves one kept on its own (a PMO's holiday
 * file): no tasks, working hours on Monday to Friday, holidays as exceptions.
 */
public final class MspdiCalendarFiles {

    private MspdiCalendarFiles() {
    }

    /**
     * @param from     the working day's first hour, e.g. {@code 07:00}
     * @param to       its last, e.g. {@code 15:30}
     * @param holidays days off although their weekday is worked
     */
    public static String calendarOnly(String calendarName, String from, String to, List<LocalDate> holidays) {
        StringBuilder days = new StringBuilder();
        for (int type = 2; type <= 6; type++) {
            days.append("<WeekDay><DayType>").append(type).append("</DayType><DayWorking>1</DayWorking><WorkingTimes>"
                    + "<WorkingTime><FromTime>").append(from).append(":00</FromTime><ToTime>").append(to)
                    .append(":00</ToTime></WorkingTime></WorkingTimes></WeekDay>\n");
        }
        for (LocalDate holiday : holidays) {
            days.append("<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>")
                    .append(holiday).append("T00:00:00</FromDate><ToDate>").append(holiday)
                    .append("T23:59:00</ToDate></TimePeriod></WeekDay>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="http://schemas.microsoft.com/project">
                  <Name>%s</Name>
                  <CalendarUID>1</CalendarUID>
                  <Calendars><Calendar><UID>1</UID><Name>%s</Name><IsBaseCalendar>1</IsBaseCalendar>
                    <WeekDays>
                      <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
                      %s
                      <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
                    </WeekDays>
                  </Calendar></Calendars>
                </Project>
                """.formatted(calendarName, calendarName, days);
    }
}
