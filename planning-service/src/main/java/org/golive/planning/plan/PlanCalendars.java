package org.golive.planning.plan;

import org.golive.planning.schedule.WorkCalendar;
import org.golive.platform.problem.RuleViolationException;

/**
 * The calendars a task may name instead of its site's. One for now: work around the clock, every day, for the
 * cutover's nights and weekend; a site's own named calendars would come with calendar storage.
 */
public final class PlanCalendars {

    public static final String AROUND_THE_CLOCK = "24-hours";

    private PlanCalendars() {
    }

    /** @throws RuleViolationException naming {@code calendar} for a name other than the known ones */
    static String checked(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (!AROUND_THE_CLOCK.equals(name.strip())) {
            throw new RuleViolationException("calendar", "Unknown calendar '" + name + "': leave it out for the "
                    + "site's calendar, or use '" + AROUND_THE_CLOCK + "'");
        }
        return AROUND_THE_CLOCK;
    }

    /** The calendar a task names, or null for the site's. */
    static WorkCalendar of(String name) {
        return name == null ? null : WorkCalendar.aroundTheClock();
    }
}
