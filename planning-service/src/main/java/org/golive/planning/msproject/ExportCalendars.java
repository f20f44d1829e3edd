package org.golive.planning.msproject;

import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectCalendarException;
import net.sf.mpxj.ProjectCalendarHours;
import net.sf.mpxj.ProjectFile;
import org.golive.planning.plan.PlanCalendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The calendars of an exported plan in the file: the site's own as the project's default calendar, each named
 * calendar of the site, and MS Project's base calendar {@value TaskImport#AROUND_THE_CLOCK_IN_FILES} when a task
 * works around the clock; each with its own working hours, per weekday, and the dates worked in hours of their own
 * as exceptions with working times. The project's minutes per day is the site calendar's day of duration.
 */
final class ExportCalendars {

    private final ProjectCalendar site;
    private final int siteMinutesPerDay;
    private final Map<String, ProjectCalendar> byName = new HashMap<>();
    private final Map<String, Integer> minutesByName = new HashMap<>();

    private ExportCalendars(ProjectCalendar site, int siteMinutesPerDay) {
        this.site = site;
        this.siteMinutesPerDay = siteMinutesPerDay;
    }

    /** Adds the plan's calendars to {@code file}, the site's as its default. */
    static ExportCalendars write(ProjectFile file, PlanForExport plan) {
        ExportCalendars calendars = new ExportCalendars(calendar(file, plan.calendar()),
                WorkingHours.minutesPerDay(plan.calendar().workingTimes()));
        file.setDefaultCalendar(calendars.site);
        for (ImportedCalendar named : plan.calendars()) {
            calendars.add(named.name(), calendar(file, named), WorkingHours.minutesPerDay(named.workingTimes()));
        }
        if (plan.tasks().stream().anyMatch(t -> PlanCalendars.AROUND_THE_CLOCK.equals(t.calendar()))) {
            calendars.add(PlanCalendars.AROUND_THE_CLOCK, aroundTheClock(file), 24 * 60);
        }
        return calendars;
    }

    ProjectCalendar site() {
        return site;
    }

    int siteMinutesPerDay() {
        return siteMinutesPerDay;
    }

    /** The file calendar of a task's calendar name, null for the site's (or a name the plan does not have). */
    ProjectCalendar of(String name) {
        return name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
    }

    /** Working minutes a day on a task's calendar (null: the site's). */
    int minutesPerDay(String name) {
        return name == null ? siteMinutesPerDay
                : minutesByName.getOrDefault(name.toLowerCase(Locale.ROOT), siteMinutesPerDay);
    }

    private void add(String name, ProjectCalendar calendar, int minutesPerDay) {
        byName.put(name.toLowerCase(Locale.ROOT), calendar);
        minutesByName.put(name.toLowerCase(Locale.ROOT), minutesPerDay);
    }

    private static ProjectCalendar calendar(ProjectFile file, ImportedCalendar source) {
        if (source.workingWeekdays().isEmpty()) {
            throw new IllegalArgumentException("the calendar has no working weekday");
        }
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        if (source.name() != null && !source.name().isBlank()) {
            calendar.setName(source.name());
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean working = source.workingWeekdays().contains(day);
            calendar.setWorkingDay(day, working);
            ProjectCalendarHours hours = calendar.getCalendarHours(day);
            if (hours == null) {
                hours = calendar.addCalendarHours(day);
            }
            hours.clear();
            if (working) {
                WorkingHours.write(source.hoursOn(day), hours);
            }
        }
        for (LocalDate holiday : source.holidays()) {
            if (!source.dateWorkingTimes().containsKey(holiday)) {
                calendar.addCalendarException(holiday, holiday).setName("Holiday");
            }
        }
        for (LocalDate day : source.extraWorkingDays()) {
            if (!source.dateWorkingTimes().containsKey(day)) {
                ProjectCalendarException exception = calendar.addCalendarException(day, day);
                exception.setName("Working day");
                WorkingHours.write(source.workingTimes(), exception);
            }
        }
        source.dateWorkingTimes().forEach((day, times) -> {
            ProjectCalendarException exception = calendar.addCalendarException(day, day);
            exception.setName("Working hours");
            WorkingHours.write(times, exception);
        });
        return calendar;
    }

    /** MS Project's base calendar "24 Hours": every day, midnight to midnight, for the cutover's nights. */
    private static ProjectCalendar aroundTheClock(ProjectFile file) {
        ProjectCalendar calendar = file.addCalendar();
        calendar.setName(TaskImport.AROUND_THE_CLOCK_IN_FILES);
        for (DayOfWeek day : DayOfWeek.values()) {
            calendar.setWorkingDay(day, true);
            WorkingHours.write("00:00-24:00", calendar.addCalendarHours(day));
        }
        return calendar;
    }
}
