package org.golive.planning.msproject;

import net.sf.mpxj.Duration;
import net.sf.mpxj.TimeUnit;
import org.golive.planning.schedule.ScheduleDuration;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Golive's durations and lags in MS Project's notation ({@code 4h}, {@code 30m}, {@code 2ed}: working time of the task's
 * calendar, or elapsed time) as a file's durations, and back. Whole working days stay a day count, as before; anything
 * finer, and every elapsed amount, is kept in the notation so the schedule engine works on it by the minute.
 */
final class FileDurations {

    private static final long MINUTES_PER_HOUR = 60;
    private static final long MINUTES_PER_CALENDAR_DAY = 24 * 60;

    private FileDurations() {
    }

    /** The file's duration for {@code duration}; a day is the file's working day (MS Project's minutes per day). */
    static Duration toFile(ScheduleDuration duration) {
        TimeUnit unit = switch (duration.unit()) {
            case MINUTES -> TimeUnit.MINUTES;
            case HOURS -> TimeUnit.HOURS;
            case DAYS -> TimeUnit.DAYS;
            case ELAPSED_MINUTES -> TimeUnit.ELAPSED_MINUTES;
            case ELAPSED_HOURS -> TimeUnit.ELAPSED_HOURS;
            case ELAPSED_DAYS -> TimeUnit.ELAPSED_DAYS;
        };
        return Duration.getInstance(duration.amount(), unit);
    }

    /**
     * The notation for a file's duration or lag, or {@code null} when it is zero or whole working days (then read as a
     * day count). Working time is written in whole hours where it divides, else in minutes (rounded); elapsed time in
     * whole elapsed days, hours or minutes. Percent lags have no notation here: the caller turns them into days.
     */
    static String notation(Duration duration, WorkingTime time) {
        return notation(duration, time, true);
    }

    /**
     * As {@link #notation(Duration, WorkingTime)}; with {@code wholeDaysAsDays} false, whole working days are written in
     * hours too: a file's day is 8 hours, a day of the 24-hour calendar 24.
     */
    static String notation(Duration duration, WorkingTime time, boolean wholeDaysAsDays) {
        if (duration == null || duration.getUnits() == TimeUnit.PERCENT
                || duration.getUnits() == TimeUnit.ELAPSED_PERCENT) {
            return null;
        }
        if (duration.getUnits().isElapsed()) {
            long minutes = rounded(BigDecimal.valueOf(duration.getDuration())
                    .multiply(BigDecimal.valueOf(elapsedMinutes(duration.getUnits()))));
            if (minutes == 0) {
                return null;
            }
            return minutes % MINUTES_PER_CALENDAR_DAY == 0 ? minutes / MINUTES_PER_CALENDAR_DAY + "ed"
                    : minutes % MINUTES_PER_HOUR == 0 ? minutes / MINUTES_PER_HOUR + "eh" : minutes + "em";
        }
        long minutes = rounded(time.minutes(duration));
        if (minutes == 0 || wholeDaysAsDays && minutes % time.minutesPerDay() == 0) {
            return null;
        }
        return minutes % MINUTES_PER_HOUR == 0 ? minutes / MINUTES_PER_HOUR + "h" : minutes + "m";
    }

    private static long elapsedMinutes(TimeUnit unit) {
        return switch (unit) {
            case ELAPSED_MINUTES -> 1;
            case ELAPSED_HOURS -> MINUTES_PER_HOUR;
            case ELAPSED_DAYS -> MINUTES_PER_CALENDAR_DAY;
            case ELAPSED_WEEKS -> 7 * MINUTES_PER_CALENDAR_DAY;
            case ELAPSED_MONTHS -> 30 * MINUTES_PER_CALENDAR_DAY;
            case ELAPSED_YEARS -> 365 * MINUTES_PER_CALENDAR_DAY;
            default -> throw new IllegalArgumentException("not an elapsed unit: " + unit);
        };
    }

    private static long rounded(BigDecimal minutes) {
        return minutes.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
