package org.golive.planning.resource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO weeks ({@code 2027-W14}, Monday to Sunday) as the capacity view counts them. */
public final class IsoWeeks {

    private static final Pattern KEY = Pattern.compile("(\\d{4})-W(\\d{2})");

    private IsoWeeks() {
    }

    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static String key(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday of an ISO week key; a malformed key or a week the year does not have is refused. */
    public static LocalDate parse(String key) {
        Matcher matcher = KEY.matcher(key == null ? "" : key);
        if (!matcher.matches()) {
            throw new DateTimeParseException("expected an ISO week such as 2027-W05", String.valueOf(key), 0);
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new DateTimeParseException(year + " has no week " + week, key, 0);
        }
        return monday(jan4).plusWeeks(week - 1L);
    }
}
