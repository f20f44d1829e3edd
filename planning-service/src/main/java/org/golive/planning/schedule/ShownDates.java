package org.golive.planning.schedule;

import java.time.LocalDate;

/** Index to date, tabled over the window a schedule spans since most of its days are shown many times. */
final class ShownDates {

    /** Wider windows of dates (hundreds of years) are looked up one by one instead of tabled. */
    private static final int MAX_DATE_TABLE = 200_000;

    private final WorkCalendar calendar;
    private final long first;
    private final LocalDate[] table;

    private ShownDates(WorkCalendar calendar, long first, LocalDate[] table) {
        this.calendar = calendar;
        this.first = first;
        this.table = table;
    }

    /** A table of the working days with indices {@code min .. max}, unless there would be too many. */
    static ShownDates covering(WorkCalendar calendar, long min, long max) {
        long width = max - min + 1;
        return width <= MAX_DATE_TABLE
                ? new ShownDates(calendar, min, calendar.datesOf(min, (int) width))
                : new ShownDates(calendar, min, new LocalDate[0]);
    }

    /** The index of the last working day of {@code [start, end)}, or of a milestone's day. */
    static long finishIndex(long start, long end) {
        return end > start ? end - 1 : start;
    }

    LocalDate of(long index) {
        long offset = index - first;
        return offset >= 0 && offset < table.length ? table[(int) offset] : calendar.dateOf(index);
    }

    LocalDate finishOf(long start, long end) {
        return of(finishIndex(start, end));
    }
}
