package org.golive.tracking.status;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days as tracking counts them: Monday to Friday. Planning schedules on each site's own calendar (holidays,
 * extra days), which its events do not carry; tracking's variances and planned value count weekdays, so a holiday
 * inside a span counts as a working day here.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public static long inclusive(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        long count = days / 7 * 5;
        LocalDate day = from.plusDays(days / 7 * 7);
        for (long i = 0; i < days % 7; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Signed working days from {@code from} to {@code to}: the working days in (from, to] when {@code to} is later,
     * minus those in (to, from] when it is earlier. A Friday to the next Monday is 1.
     */
    public static long between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        return inclusive(from.plusDays(1), to);
    }

    /** The date {@code days} working days after (or, negative, before) {@code date}. */
    public static LocalDate plus(LocalDate date, long days) {
        LocalDate day = date;
        long step = Long.signum(days);
        for (long left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
