package org.golive.planning.msproject;

import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectFile;
import org.golive.planning.plan.PlanCalendars;
import org.golive.platform.problem.RuleViolationException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The base calendars of a file other than the project's own, which a site keeps as its named calendars ("Night
 * shift") and tasks name: what Golive's export writes for the site's named calendars, read back. MS Project's "24
 * Hours" is Golive's built-in {@value PlanCalendars#AROUND_THE_CLOCK}, resource calendars belong to their resource;
 * a calendar Golive cannot keep by its name (another "Standard", a name with / ? #, more than
 * {@value PlanCalendars#MAX_NAMED}) is left out and the warnings say so.
 */
final class FileCalendars {

    /** The kept name of each file calendar kept, by its unique id, in file order. */
    private final Map<Integer, String> kept = new LinkedHashMap<>();
    private final Map<Integer, ProjectCalendar> byUid = new HashMap<>();

    private FileCalendars() {
    }

    static FileCalendars of(ProjectFile file, ProjectCalendar projectCalendar, List<String> warnings) {
        FileCalendars calendars = new FileCalendars();
        Set<String> names = new HashSet<>();
        for (ProjectCalendar candidate : file.getCalendars()) {
            String name = Objects.toString(candidate.getName(), "").strip();
            if (candidate == projectCalendar || candidate.isDerived() || candidate.getResourceCount() > 0
                    || candidate.getUniqueID() == null || name.equalsIgnoreCase(TaskImport.AROUND_THE_CLOCK_IN_FILES)) {
                continue;
            }
            String refused = refusal(candidate, name, names.size());
            if (refused != null) {
                warnings.add("calendar '" + name + "' is not kept as a site calendar: " + refused);
                continue;
            }
            String keptName = PlanCalendars.name(name, "calendar");
            if (!names.add(keptName.toLowerCase(Locale.ROOT))) {
                warnings.add("calendar '" + name + "' is not kept as a site calendar: another calendar has its name");
                continue;
            }
            calendars.kept.put(candidate.getUniqueID(), keptName);
            calendars.byUid.put(candidate.getUniqueID(), candidate);
        }
        return calendars;
    }

    private static String refusal(ProjectCalendar candidate, String name, int keptSoFar) {
        if (PlanCalendars.isStandard(name)) {
            return "'" + PlanCalendars.STANDARD + "' is the site's own calendar in Golive";
        }
        try {
            PlanCalendars.name(name, "calendar");
        } catch (RuleViolationException e) {
            return "a calendar's name has 1 to 40 characters and no / ? or #";
        }
        boolean anyWeekday = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            anyWeekday |= candidate.isWorkingDay(day);
        }
        if (!anyWeekday) {
            return "it has no working weekday";
        }
        if (keptSoFar >= PlanCalendars.MAX_NAMED) {
            return "a site keeps at most " + PlanCalendars.MAX_NAMED + " named calendars";
        }
        return null;
    }

    /** The name a task's calendar is kept under, or null when it is not one of these. */
    String nameOf(ProjectCalendar calendar) {
        return calendar == null || calendar.getUniqueID() == null ? null : kept.get(calendar.getUniqueID());
    }

    /** The kept calendars as dates over {@code from..to}, each under its kept name. */
    List<ImportedCalendar> expand(LocalDate from, LocalDate to, List<String> warnings) {
        List<ImportedCalendar> expanded = new ArrayList<>();
        kept.forEach((uid, name) -> {
            ImportedCalendar calendar = CalendarImport.expand(byUid.get(uid), from, to, warnings);
            expanded.add(new ImportedCalendar(name, calendar.workingWeekdays(), calendar.holidays(),
                    calendar.extraWorkingDays(), calendar.workingTimes(), calendar.weekdayWorkingTimes(),
                    calendar.dateWorkingTimes()));
        });
        return expanded;
    }
}
