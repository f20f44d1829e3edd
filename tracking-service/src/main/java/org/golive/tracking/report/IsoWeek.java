package org.golive.tracking.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2027-W05}: Monday to Sunday, week 1 holding the year's first Thursday. Reports are
 * kept by it, so its text form sorts in time order.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-W([0-9]{2})");

    public IsoWeek {
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("an ISO week from 1900 to 2199, e.g. 2027-W05");
        }
        LocalDate midYear = LocalDate.of(year, 6, 1);
        long weeks = midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(year + " has ISO weeks 1 to " + weeks);
        }
    }

    /** Parses {@code 2027-W05}; also what Spring calls to read a path variable of this type. */
    public static IsoWeek of(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("an ISO week such as 2027-W05");
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static IsoWeek containing(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The last working day of the week: what a report of a finished week is measured on. */
    public LocalDate friday() {
        return monday().plusDays(4);
    }

    public IsoWeek minusWeeks(int weeks) {
        return containing(monday().minusWeeks(weeks));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
