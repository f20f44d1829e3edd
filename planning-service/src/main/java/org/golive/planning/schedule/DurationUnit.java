package org.golive.planning.schedule;

/**
 * The units of MS Project's durations and lags, by its abbreviations. Working units count the working time of the
 * task's calendar (a day is that calendar's working minutes of one day: 480 on 08:00-12:00, 13:00-17:00); elapsed
 * units count calendar time, nights, weekends and holidays included (an elapsed day is 24 hours).
 */
public enum DurationUnit {
    MINUTES("m", 1, false),
    HOURS("h", 60, false),
    DAYS("d", 0, false),
    ELAPSED_MINUTES("em", 1, true),
    ELAPSED_HOURS("eh", 60, true),
    ELAPSED_DAYS("ed", 24 * 60, true);

    private final String symbol;
    private final int minutes;
    private final boolean elapsed;

    DurationUnit(String symbol, int minutes, boolean elapsed) {
        this.symbol = symbol;
        this.minutes = minutes;
        this.elapsed = elapsed;
    }

    /** MS Project's abbreviation: m, h, d, em, eh, ed. */
    public String symbol() {
        return symbol;
    }

    public boolean elapsed() {
        return elapsed;
    }

    /** The minutes {@code amount} of this unit make on a calendar with {@code minutesPerDay} working minutes a day. */
    public long minutes(long amount, int minutesPerDay) {
        return amount * (this == DAYS ? minutesPerDay : minutes);
    }

    /** @return the unit with this abbreviation, or null */
    public static DurationUnit ofSymbol(String symbol) {
        for (DurationUnit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        return null;
    }
}
