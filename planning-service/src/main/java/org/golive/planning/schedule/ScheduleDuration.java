package org.golive.planning.schedule;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration or lag in one of MS Project's units: whole days, hours or minutes of working time, or elapsed
 * (calendar) time. The written form is MS Project's: the amount, then the unit, e.g. {@code 4h}, {@code 30m},
 * {@code 2d}, {@code 12eh}; {@link #parse} reads it and {@link #toString} writes it.
 *
 * @param amount how many units; negative only for a lag (a lead)
 * @param unit   the unit
 */
public record ScheduleDuration(long amount, DurationUnit unit) {

    private static final Pattern TEXT = Pattern.compile("(-?\\d{1,7})\\s*(m|h|d|em|eh|ed)");
    private static final int SHARED_MIN = -64;
    private static final int SHARED_MAX = 512;

    public ScheduleDuration {
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * Durations and lags of a few days are shared instances: every task and link holds one, and on a large plan
     * a shared few stay in the processor's cache where one object per task and link would not.
     */
    private static final ScheduleDuration[] SHARED_DAYS = new ScheduleDuration[SHARED_MAX - SHARED_MIN + 1];

    static {
        for (int i = 0; i < SHARED_DAYS.length; i++) {
            SHARED_DAYS[i] = new ScheduleDuration(SHARED_MIN + i, DurationUnit.DAYS);
        }
    }

    public static ScheduleDuration days(long days) {
        return days >= SHARED_MIN && days <= SHARED_MAX ? SHARED_DAYS[(int) (days - SHARED_MIN)]
                : new ScheduleDuration(days, DurationUnit.DAYS);
    }

    public static ScheduleDuration hours(long hours) {
        return new ScheduleDuration(hours, DurationUnit.HOURS);
    }

    /** @throws IllegalArgumentException for anything but an integer and one of m, h, d, em, eh, ed */
    public static ScheduleDuration parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a duration: '" + text
                    + "' (a whole number and a unit: m, h, d, em, eh or ed, e.g. 4h or 2ed)");
        }
        return new ScheduleDuration(Long.parseLong(matcher.group(1)), DurationUnit.ofSymbol(matcher.group(2)));
    }

    public boolean elapsed() {
        return unit.elapsed();
    }

    public boolean isZero() {
        return amount == 0;
    }

    /** Whole days of working time; any other unit is hour-level (or elapsed) and opts the task out of day plans. */
    public boolean inDays() {
        return unit == DurationUnit.DAYS;
    }

    public long minutes(int minutesPerDay) {
        return unit.minutes(amount, minutesPerDay);
    }

    @Override
    public String toString() {
        return amount + unit.symbol();
    }
}
