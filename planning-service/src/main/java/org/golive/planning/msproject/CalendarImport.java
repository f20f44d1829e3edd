package org.golive.planning.msproject;

import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectCalendarException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Expands an MPXJ calendar into concrete dates over a bounded range. Asking MPXJ day by day whether a date is worked
 * covers every way a calendar can say so (plain and recurring exceptions, alternative work weeks, a base calendar's
 * exceptions) without re-implementing any of them; a date only counts when it differs from its weekday's rule (worked
 * or not, or worked in other hours).
 */
final class CalendarImport {

    /** A bound on the day-by-day walk, against a file whose project dates are centuries apart. */
    static final int MAX_YEARS = 50;

    private CalendarImport() {
    }

    static ImportedCalendar expand(ProjectCalendar calendar, LocalDate from, LocalDate to, List<String> warnings) {
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            warnings.add("calendar '" + calendar.getName() + "': exceptions expanded from " + from + " for "
                    + MAX_YEARS + " years only, not up to " + to);
            to = from.plusYears(MAX_YEARS);
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (calendar.isWorkingDay(day)) {
                weekdays.add(day);
            }
        }
        WorkingHours.WeekHours week = WorkingHours.read(calendar);
        String standard = week.standard() == null ? WorkingHours.STANDARD : week.standard();
        TreeSet<LocalDate> holidays = new TreeSet<>();
        TreeSet<LocalDate> extraWorkingDays = new TreeSet<>();
        TreeMap<LocalDate, String> dateHours = new TreeMap<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            DayOfWeek weekday = date.getDayOfWeek();
            boolean usuallyWorked = weekdays.contains(weekday);
            boolean worked = calendar.isWorkingDate(date);
            if (usuallyWorked && !worked) {
                holidays.add(date);
            } else if (!usuallyWorked && worked) {
                extraWorkingDays.add(date);
            }
            if (worked) {
                // An exception with working times of its own: a half day, a worked Saturday's morning.
                String hours = WorkingHours.on(calendar, date);
                String usual = usuallyWorked ? week.own().getOrDefault(weekday, standard) : standard;
                if (!hours.isEmpty() && !hours.equals(usual)) {
                    dateHours.put(date, hours);
                    extraWorkingDays.remove(date);
                }
            }
        }
        warnAboutExceptionsOutside(calendar, from, to, warnings);
        return new ImportedCalendar(calendar.getName(), weekdays, holidays, extraWorkingDays, week.standard(),
                week.own(), dateHours);
    }

    private static void warnAboutExceptionsOutside(ProjectCalendar calendar, LocalDate from, LocalDate to,
                                                   List<String> warnings) {
        int outside = 0;
        for (ProjectCalendarException exception : calendar.getCalendarExceptions()) {
            boolean anyInside = exception.getExpandedExceptions().stream()
                    .anyMatch(e -> !e.getToDate().isBefore(from) && !e.getFromDate().isAfter(to));
            if (!anyInside) {
                outside++;
            }
        }
        if (outside > 0) {
            warnings.add("calendar '" + calendar.getName() + "': " + outside + " exception(s) fall entirely outside "
                    + from + ".." + to + " and are not imported");
        }
    }
}
