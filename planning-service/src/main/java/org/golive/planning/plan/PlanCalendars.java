package org.golive.planning.plan;

import org.golive.planning.schedule.WorkCalendar;
import org.golive.platform.problem.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The calendars a task may name instead of its site's: {@value #AROUND_THE_CLOCK} (every day, 00:00-24:00, for the
 * cutover's nights and weekend) and the site's own named calendars ("Night shift"), kept with the plan. The site's
 * calendar itself is {@value #STANDARD}.
 */
public final class PlanCalendars {

    public static final String AROUND_THE_CLOCK = "24-hours";
    public static final String STANDARD = "Standard";
    /** A site keeps a handful of calendars, not a library of them. */
    public static final int MAX_NAMED = 20;

    private static final Pattern NAME = Pattern.compile("[^/?#\\p{Cntrl}]{1,40}");

    private PlanCalendars() {
    }

    /**
     * A calendar's name as kept: stripped, {@value #AROUND_THE_CLOCK} for MS Project's "24 Hours" too.
     *
     * @throws RuleViolationException naming {@code field} for a name of more than 40 characters or with / ? #
     */
    public static String name(String name, String field) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.equalsIgnoreCase("24 hours") || stripped.equalsIgnoreCase(AROUND_THE_CLOCK)) {
            return AROUND_THE_CLOCK;
        }
        if (!NAME.matcher(stripped).matches()) {
            throw new RuleViolationException(field, "A calendar's name has 1 to 40 characters and no / ? or #: '"
                    + name + "'");
        }
        return stripped;
    }

    public static boolean isStandard(String name) {
        return STANDARD.equalsIgnoreCase(name);
    }

    /** A site's named calendar as stored with its plan. */
    public record Named(String name, PlanCalendar calendar) {
    }

    static String checked(String name) {
        return name(name, "calendar");
    }

    /** The named calendars with {@code calendar} set under {@code name} (replacing one of the same name). */
    static List<Named> setting(List<Named> calendars, String name, PlanCalendar calendar) {
        List<Named> updated = new ArrayList<>(calendars == null ? List.of() : calendars);
        updated.removeIf(named -> named.name().equalsIgnoreCase(name));
        if (updated.size() >= MAX_NAMED) {
            throw new RuleViolationException("name", "A site keeps at most " + MAX_NAMED + " named calendars");
        }
        updated.add(new Named(name, calendar));
        return List.copyOf(updated);
    }

    /**
     * A plan's named calendars as given all at once (a file's): each name checked, no name twice, at most
     * {@value #MAX_NAMED}.
     */
    static List<Named> checkedAll(List<Named> calendars) {
        List<Named> kept = List.of();
        for (Named named : calendars == null ? List.<Named>of() : calendars) {
            String name = checked(named.name());
            if (name == null || AROUND_THE_CLOCK.equals(name) || isStandard(name)) {
                throw new RuleViolationException("calendars", "A named calendar cannot be called '" + named.name()
                        + "': '" + STANDARD + "' is the site's own and '" + AROUND_THE_CLOCK + "' is built in");
            }
            if (kept.stream().anyMatch(k -> k.name().equalsIgnoreCase(name))) {
                throw new RuleViolationException("calendars", "Two calendars are called '" + name + "'");
            }
            kept = setting(kept, name, named.calendar());
        }
        return kept;
    }

    /** Resolves the calendar names tasks give, for one scheduling pass. */
    static final class Resolver {

        private final Map<String, WorkCalendar> byName = new HashMap<>();

        Resolver(List<Named> calendars, LocalDate goLive) {
            for (Named named : calendars == null ? List.<Named>of() : calendars) {
                byName.put(named.name().toLowerCase(Locale.ROOT), named.calendar().toWorkCalendar(goLive));
            }
        }

        /**
         * The calendar a task names, or null for the site's.
         *
         * @throws RuleViolationException naming {@code calendar} for a name the site does not have
         */
        WorkCalendar of(String taskId, String name) {
            if (name == null || isStandard(name)) {
                return null;
            }
            if (AROUND_THE_CLOCK.equals(name)) {
                return WorkCalendar.aroundTheClock();
            }
            WorkCalendar found = byName.get(name.toLowerCase(Locale.ROOT));
            if (found == null) {
                throw new RuleViolationException("calendar", "Task " + taskId + " works on calendar '" + name
                        + "', which this site does not have: leave it out for the site's calendar, use '"
                        + AROUND_THE_CLOCK + "', or add the calendar (PUT …/plan/calendars/{name})");
            }
            return found;
        }
    }
}
