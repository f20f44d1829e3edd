package org.golive.planning.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Index to date, tabled over the window a schedule spans since most of its days are shown many times; so are the
 * moments a working day starts and ends, which every task of whole days shows.
 */
final class ShownDates {

    /** Wider windows of dates (hundreds of years) are looked up one by one instead of tabled. */
    private static final int MAX_DATE_TABLE = 200_000;
    private static final int DAY = 24 * 60;

    private final WorkCalendar calendar;
    private final long first;
    private final LocalDate[] table;
    /** The moments each tabled day's work starts and ends, filled when first shown. */
    private final LocalDateTime[] starts;
    private final LocalDateTime[] ends;

    private ShownDates(WorkCalendar calendar, long first, LocalDate[] table) {
        this.calendar = calendar;
        this.first = first;
        this.table = table;
        this.starts = new LocalDateTime[table.length];
        this.ends = new LocalDateTime[table.length];
    }

    /** A table of the working days with indices {@code min .. max}, unless there would be too many. */
    static ShownDates covering(WorkCalendar calendar, long min, long max) {
        long width = max - min + 1;
        return width <= MAX_DATE_TABLE
                ? new ShownDates(calendar, min, calendar.datesOf(min, (int) width))
                : new ShownDates(calendar, min, new LocalDate[0]);
    }

    LocalDate of(long index) {
        long offset = index - first;
        return offset >= 0 && offset < table.length ? table[(int) offset] : calendar.dateOf(index);
    }

    /** The moment working day {@code index} starts: its first working minute. */
    LocalDateTime startOf(long index) {
        long offset = index - first;
        if (offset < 0 || offset >= table.length) {
            return moment(of(index), calendar.workingTimes().clockOfStart(0));
        }
        LocalDateTime start = starts[(int) offset];
        if (start == null) {
            start = moment(table[(int) offset], calendar.workingTimes().clockOfStart(0));
            starts[(int) offset] = start;
        }
        return start;
    }

    /** The moment working day {@code index}'s work ends (24:00 is the next day's midnight). */
    LocalDateTime endOf(long index) {
        long offset = index - first;
        int clock = calendar.workingTimes().clockOfEnd(calendar.minutesPerDay());
        if (offset < 0 || offset >= table.length) {
            return moment(of(index), clock);
        }
        LocalDateTime end = ends[(int) offset];
        if (end == null) {
            end = moment(table[(int) offset], clock);
            ends[(int) offset] = end;
        }
        return end;
    }

    /** {@code minuteOfDay} minutes after the start of {@code day}, 1440 being the next day's midnight. */
    static LocalDateTime moment(LocalDate day, int minuteOfDay) {
        return minuteOfDay == DAY ? day.plusDays(1).atStartOfDay()
                : LocalDateTime.of(day, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60));
    }
}
