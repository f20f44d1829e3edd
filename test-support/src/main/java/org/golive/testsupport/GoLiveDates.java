package org.golive.testsupport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * Go-live dates relative to today, for tests that create rollouts: planning refuses a new go-live in the past or more
 * than ten years ahead, so a fixed date in a test expires as the calendar passes it. The weekday is kept so working-day
 * arithmetic from the go-live (T-minus dates, weekends) stays the same whenever the test runs; no calendar here has
 * default holidays, so only the holidays a test declares itself (relative to the same go-live) move a date.
 */
public final class GoLiveDates {

    private GoLiveDates() {
    }

    /** Today in UTC, the zone the services judge dates in. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The first {@code day} after today, plus {@code weeks} weeks. */
    public static LocalDate weeksAhead(int weeks, DayOfWeek day) {
        return today().with(TemporalAdjusters.next(day)).plusWeeks(weeks);
    }

    /** A Saturday go-live {@code weeks} weeks after the next Saturday (the usual weekend cutover). */
    public static LocalDate saturdayWeeksAhead(int weeks) {
        return weeksAhead(weeks, DayOfWeek.SATURDAY);
    }

    /** A Monday go-live {@code weeks} weeks after the next Monday. */
    public static LocalDate mondayWeeksAhead(int weeks) {
        return weeksAhead(weeks, DayOfWeek.MONDAY);
    }
}
