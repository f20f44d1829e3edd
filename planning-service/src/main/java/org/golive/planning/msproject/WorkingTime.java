package org.golive.planning.msproject;

import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.TimeUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns MPXJ durations, whatever their unit, into working time of the project calendar. MS Project stores every
 * duration in minutes and only displays it in a unit, so converting through working minutes with the file's own
 * minutes per day / week / month is exact for working units; elapsed units are calendar time and can only be
 * approximated without a date to anchor them (see the package documentation).
 */
final class WorkingTime {

    private static final int DEFAULT_MINUTES_PER_DAY = 480;
    private static final int DEFAULT_DAYS_PER_MONTH = 20;
    private static final BigDecimal MINUTES_PER_CALENDAR_DAY = BigDecimal.valueOf(24 * 60);

    private final BigDecimal minutesPerDay;
    private final BigDecimal minutesPerWeek;
    private final BigDecimal minutesPerMonth;
    private final BigDecimal minutesPerYear;

    WorkingTime(int minutesPerDay, int minutesPerWeek, int daysPerMonth) {
        if (minutesPerDay <= 0 || minutesPerWeek <= 0 || daysPerMonth <= 0) {
            throw new IllegalArgumentException("working time must be positive");
        }
        this.minutesPerDay = BigDecimal.valueOf(minutesPerDay);
        this.minutesPerWeek = BigDecimal.valueOf(minutesPerWeek);
        this.minutesPerMonth = BigDecimal.valueOf((long) minutesPerDay * daysPerMonth);
        this.minutesPerYear = minutesPerMonth.multiply(BigDecimal.valueOf(12));
    }

    static WorkingTime of(ProjectProperties properties) {
        int perDay = positiveOr(properties.getMinutesPerDay(), DEFAULT_MINUTES_PER_DAY);
        int perWeek = positiveOr(properties.getMinutesPerWeek(), perDay * 5);
        int daysPerMonth = positiveOr(properties.getDaysPerMonth(), DEFAULT_DAYS_PER_MONTH);
        return new WorkingTime(perDay, perWeek, daysPerMonth);
    }

    /** Working minutes of a duration in any unit but percent; {@code null} counts as zero. */
    BigDecimal minutes(Duration duration) {
        if (duration == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal value = BigDecimal.valueOf(duration.getDuration());
        return switch (duration.getUnits()) {
            case MINUTES -> value;
            case HOURS -> value.multiply(BigDecimal.valueOf(60));
            case DAYS -> value.multiply(minutesPerDay);
            case WEEKS -> value.multiply(minutesPerWeek);
            case MONTHS -> value.multiply(minutesPerMonth);
            case YEARS -> value.multiply(minutesPerYear);
            case ELAPSED_MINUTES -> elapsed(value);
            case ELAPSED_HOURS -> elapsed(value.multiply(BigDecimal.valueOf(60)));
            case ELAPSED_DAYS -> elapsed(value.multiply(MINUTES_PER_CALENDAR_DAY));
            case ELAPSED_WEEKS -> elapsed(value.multiply(MINUTES_PER_CALENDAR_DAY).multiply(BigDecimal.valueOf(7)));
            case ELAPSED_MONTHS -> elapsed(value.multiply(MINUTES_PER_CALENDAR_DAY).multiply(BigDecimal.valueOf(30)));
            case ELAPSED_YEARS -> elapsed(value.multiply(MINUTES_PER_CALENDAR_DAY).multiply(BigDecimal.valueOf(365)));
            case PERCENT, ELAPSED_PERCENT ->
                    throw new IllegalArgumentException("a percent duration needs the duration it is a share of");
        };
    }

    /** The file's working minutes in a day, as a whole number. */
    long minutesPerDay() {
        return minutesPerDay.longValueExact();
    }

    /** Working days of a duration, rounded half away from zero. */
    int days(Duration duration) {
        return toDays(minutes(duration));
    }

    /** Working hours of a duration, two decimals. */
    BigDecimal hours(Duration duration) {
        return minutes(duration).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /**
     * A link's lag in working days. A percent lag (MS Project's "50%") is that share of the predecessor's duration.
     */
    int lagDays(Duration lag, Duration predecessorDuration) {
        if (lag == null) {
            return 0;
        }
        if (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT) {
            BigDecimal share = BigDecimal.valueOf(lag.getDuration()).divide(BigDecimal.valueOf(100));
            return toDays(minutes(predecessorDuration).multiply(share));
        }
        return days(lag);
    }

    private int toDays(BigDecimal minutes) {
        return minutes.divide(minutesPerDay, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** Calendar minutes as working minutes: only the working share of a week of calendar time is worked. */
    private BigDecimal elapsed(BigDecimal calendarMinutes) {
        BigDecimal workingDaysPerWeek = minutesPerWeek.divide(minutesPerDay, 10, RoundingMode.HALF_UP);
        return calendarMinutes.divide(MINUTES_PER_CALENDAR_DAY, 10, RoundingMode.HALF_UP)
                .multiply(workingDaysPerWeek).divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP)
                .multiply(minutesPerDay);
    }

    private static int positiveOr(Integer value, int fallback) {
        return value == null || value <= 0 ? fallback : value;
    }
}
