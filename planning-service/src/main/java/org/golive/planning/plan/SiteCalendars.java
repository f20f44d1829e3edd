package org.golive.planning.plan;

import org.golive.planning.schedule.WorkCalendar;
import org.golive.platform.problem.RuleViolationException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A plan's calendars as stored: the site's own ({@value PlanCalendars#STANDARD}) and its named ones ("Night shift"),
 * and the command that sets one; the rules on names live in {@link PlanCalendars}. Stored unwrapped inside the plan,
 * as the fields {@code calendar} and {@code calendars} it had before this class: plans written before and after read
 * alike.
 */
public class SiteCalendars {

    private PlanCalendar calendar;
    /** The site's named calendars tasks can work on, beside its own; null in older plans. */
    private List<PlanCalendars.Named> calendars;

    SiteCalendars() {
    }

    static SiteCalendars of(PlanCalendar site, List<PlanCalendars.Named> named) {
        SiteCalendars kept = new SiteCalendars();
        kept.calendar = site;
        kept.calendars = PlanCalendars.checkedAll(named);
        return kept;
    }

    /**
     * Sets the site's calendar or one of its named calendars.
     *
     * @return what puts them back as they were, for a calendar the plan cannot be scheduled on
     */
    Runnable set(String name, PlanCalendar newCalendar) {
        if (PlanCalendars.AROUND_THE_CLOCK.equals(name)) {
            throw new RuleViolationException("name", "'" + name + "' is built in (every day, 00:00-24:00) and "
                    + "cannot be changed");
        }
        PlanCalendar previousSite = calendar;
        List<PlanCalendars.Named> previousNamed = calendars;
        if (PlanCalendars.isStandard(name)) {
            calendar = newCalendar;
        } else {
            calendars = PlanCalendars.setting(named(), name, newCalendar);
        }
        return () -> {
            calendar = previousSite;
            calendars = previousNamed;
        };
    }

    PlanCalendar site() {
        return calendar;
    }

    List<PlanCalendars.Named> named() {
        return calendars == null ? List.of() : calendars;
    }

    /** The calendar of that name ({@value PlanCalendars#STANDARD}: the site's own), if the site has it. */
    Optional<PlanCalendar> named(String name) {
        if (PlanCalendars.isStandard(name)) {
            return Optional.of(calendar);
        }
        return named().stream().filter(named -> named.name().equalsIgnoreCase(name))
                .map(PlanCalendars.Named::calendar).findFirst();
    }

    Rescheduling.Calendars forScheduling(LocalDate statusDate) {
        return new Rescheduling.Calendars(calendar, named(), statusDate);
    }

    /** The calendar a task works on: the one it names, or the site's. */
    WorkCalendar of(TaskDefinition task, LocalDate goLive) {
        WorkCalendar own = new PlanCalendars.Resolver(calendars, goLive).of(task.wbs(), task.calendar());
        return own != null ? own : calendar.toWorkCalendar(goLive);
    }
}
