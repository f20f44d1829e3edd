package org.golive.planning.rollout;

import org.golive.planning.plan.Move;
import org.golive.planning.plan.Rescheduled;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.golive.planning.msproject.ImportedCalendar;
import org.golive.planning.msproject.MspdiFormatException;
import org.golive.planning.msproject.MspdiReader;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanCalendars;
import org.golive.planning.plan.SitePlan;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Tag(name = "Site calendars", description = "A site's working calendars (its own, named ones tasks work on) and the "
        + "plan's status date; each change reschedules the plan")
@RestController
class CalendarController {

    /** How far around go-live a file's recurring holidays are expanded into dates. */
    private static final int YEARS_BEFORE_GO_LIVE = 3;
    private static final int YEARS_AFTER_GO_LIVE = 2;

    private final PlanCommands commands;
    private final Clock clock;

    CalendarController(PlanCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * @param workingWeekdays     default Monday to Friday
     * @param workingTimes        the hours of each working day, default {@code 08:00-12:00,13:00-17:00}; a night
     *                            shift {@code 00:00-06:00,22:00-24:00}. Their length is a day of duration
     * @param weekdayWorkingTimes optional: working weekdays with hours of their own, e.g.
     *                            {@code {"FRIDAY": "08:00-12:00"}}
     * @param dateWorkingTimes    optional: dates worked in hours of their own (worked whatever their weekday), e.g.
     *                            {@code {"2027-12-24": "08:00-12:00"}}
     * @param version             the rollout's version as read (stale: 409)
     */
    record SiteCalendarForm(Set<DayOfWeek> workingWeekdays, @Size(max = 200) String workingTimes,
                        @Size(max = 1000) List<@NotNull LocalDate> holidays,
                        @Size(max = 1000) List<@NotNull LocalDate> extraWorkingDays,
                        Map<DayOfWeek, @NotNull @Size(max = 200) String> weekdayWorkingTimes,
                        @Size(max = 1000) Map<LocalDate, @NotNull @Size(max = 200) String> dateWorkingTimes,
                        @NotNull Long version) {

        PlanCalendar toCalendar() {
            if (workingWeekdays != null && workingWeekdays.isEmpty()) {
                throw new RuleViolationException("workingWeekdays", "A calendar needs a working weekday");
            }
            return new PlanCalendar(workingWeekdays == null ? PlanCalendar.MONDAY_TO_FRIDAY.workingWeekdays()
                    : workingWeekdays, holidays, extraWorkingDays, workingTimes, weekdayWorkingTimes,
                    dateWorkingTimes);
        }
    }

    record StatusDateForm(LocalDate statusDate, @NotNull Long version) {
    }

    /**
     * @param weekdayWorkingTimes the working weekdays with hours of their own (empty: none)
     * @param dateWorkingTimes    the dates worked in hours of their own (empty: none)
     * @param builtIn             true for {@code 24-hours}, which nobody changes
     */
    record CalendarView(String name, List<DayOfWeek> workingWeekdays, String workingTimes,
                        Map<DayOfWeek, String> weekdayWorkingTimes, List<LocalDate> holidays,
                        List<LocalDate> extraWorkingDays, Map<LocalDate, String> dateWorkingTimes, boolean builtIn) {

        static CalendarView of(String name, PlanCalendar calendar) {
            return new CalendarView(name, calendar.workingWeekdays().stream().sorted().toList(), calendar.hours(),
                    calendar.weekdayWorkingTimes(), calendar.holidays(), calendar.extraWorkingDays(),
                    calendar.dateWorkingTimes(), false);
        }
    }

    /** A calendar as set, what moved with it, and the rollout's version to send with the next change. */
    record CalendarSet(CalendarView calendar, List<Move> moved, List<String> criticalPath,
                       LocalDate planFinish, List<String> warnings, long version) {
    }

    record StatusDateView(String rolloutId, LocalDate statusDate, List<Move> moved, List<String> criticalPath,
                         LocalDate planFinish, long version) {
    }

    @Operation(summary = "List the site's calendars: Standard (the site's own), its named ones, and the built-in "
            + "24-hours")
    @GetMapping("/rollouts/{rolloutId}/plan/calendars")
    List<CalendarView> calendars(@PathVariable String rolloutId) {
        SitePlan plan = commands.read(rolloutId).plan();
        List<CalendarView> views = new ArrayList<>();
        views.add(CalendarView.of(PlanCalendars.STANDARD, plan.calendar()));
        plan.namedCalendars().forEach(named -> views.add(CalendarView.of(named.name(), named.calendar())));
        views.add(new CalendarView(PlanCalendars.AROUND_THE_CLOCK, List.of(DayOfWeek.values()), "00:00-24:00",
                Map.of(), List.of(), List.of(), Map.of(), true));
        return views;
    }

    @Operation(summary = "Read one of the site's calendars")
    @GetMapping("/rollouts/{rolloutId}/plan/calendars/{name}")
    CalendarView calendar(@PathVariable String rolloutId, @PathVariable String name) {
        String kept = kept(name);
        return commands.read(rolloutId).plan().calendar(kept).map(calendar -> CalendarView.of(kept, calendar))
                .orElseThrow(() -> new NotFoundException("Calendar", name));
    }

    @Operation(summary = "Set the site's calendar (name Standard) or a named one tasks can work on; the plan is "
            + "rescheduled on it",
            description = "A new name adds a calendar (at most 20 per site), an existing one is replaced. Tasks name it"
                    + " in their calendar field. 24-hours is built in and cannot be set. Weekdays (a short Friday) and"
                    + " dates (a half day) may have hours of their own; a day of duration stays the length of"
                    + " workingTimes, as MS Project's hours per day.")
    @PutMapping("/rollouts/{rolloutId}/plan/calendars/{name}")
    CalendarSet setCalendar(@PathVariable String rolloutId, @PathVariable String name,
                            @Valid @RequestBody SiteCalendarForm form) {
        String kept = kept(name);
        PlanCalendar calendar = form.toCalendar();
        return commands.change(rolloutId, rollout -> {
            rollout.expectVersion(form.version());
            return rollout.planning().setCalendar(kept, calendar, null, clock.instant());
        }, (rescheduled, rollout) -> answer(rollout, kept, rescheduled, List.of()));
    }

    @Operation(summary = "Import a calendar from a Microsoft Project XML (MSPDI) file into one of the site's calendars",
            description = "The file may hold only a calendar (no tasks): its working weekdays, hours (each"
                    + " weekday's and each exception's own), holidays and worked days replace the site's calendar of that name (Standard: the site's own), expanded to"
                    + " dates from three years before go-live to two years after. fileCalendar picks one of the"
                    + " file's calendars by name (default: the project's calendar). A file that is not MSPDI, holds no"
                    + " calendar or none of that name is refused (422) and nothing changes.")
    @PostMapping("/rollouts/{rolloutId}/plan/calendars/{name}/import")
    CalendarSet importCalendar(@PathVariable String rolloutId, @PathVariable String name, @RequestBody byte[] file,
                               @RequestParam Long version,
                               @RequestParam(required = false) String fileCalendar,
                               @RequestParam(defaultValue = "calendar.xml") String fileName) {
        String kept = kept(name);
        if (file == null || file.length == 0) {
            throw new RuleViolationException("file", "The request body must be a Microsoft Project XML file");
        }
        LocalDate goLive = commands.read(rolloutId).goLiveDate();
        MspdiReader.CalendarRead read;
        try {
            read = new MspdiReader().readCalendar(new ByteArrayInputStream(file), fileCalendar,
                    goLive.minusYears(YEARS_BEFORE_GO_LIVE), goLive.plusYears(YEARS_AFTER_GO_LIVE));
        } catch (MspdiFormatException e) {
            throw new RuleViolationException("file", e.getMessage());
        }
        if (read.calendar().workingWeekdays().isEmpty()) {
            throw new RuleViolationException("file", "The file's calendar '" + read.calendar().name()
                    + "' has no working weekday");
        }
        PlanCalendar calendar = toPlanCalendar(read.calendar());
        return commands.change(rolloutId, rollout -> {
            rollout.expectVersion(version);
            return rollout.planning().setCalendar(kept, calendar, fileName, clock.instant());
        }, (rescheduled, rollout) -> answer(rollout, kept, rescheduled, read.warnings()));
    }

    @Operation(summary = "Set (or with null clear) the plan's status date, MS Project's: the plan is rescheduled on it",
            description = "Work not started moves after the status date, an in-progress task runs its remaining"
                    + " duration from it, completed work stays; tracking's status is taken on it. Within ten years of"
                    + " go-live.")
    @PutMapping("/rollouts/{rolloutId}/plan/status-date")
    StatusDateView setStatusDate(@PathVariable String rolloutId, @Valid @RequestBody StatusDateForm form) {
        return commands.change(rolloutId, rollout -> {
            rollout.expectVersion(form.version());
            return rollout.planning().setStatusDate(form.statusDate(), clock.instant());
        }, (rescheduled, rollout) -> new StatusDateView(rolloutId, rollout.plan().statusDate(), rescheduled.moved(),
                rollout.plan().criticalPath(), rollout.plan().finish(), rollout.version()));
    }

    private static CalendarSet answer(Rollout rollout, String name, Rescheduled rescheduled,
                                      List<String> warnings) {
        SitePlan plan = rollout.plan();
        return new CalendarSet(CalendarView.of(name, plan.calendar(name).orElseThrow()), rescheduled.moved(),
                plan.criticalPath(), plan.finish(), warnings, rollout.version());
    }

    /** The name as kept: Standard for the site's own, in any case. */
    private static String kept(String name) {
        String kept = PlanCalendars.name(name, "name");
        if (kept == null) {
            throw new RuleViolationException("name", "A calendar needs a name");
        }
        return PlanCalendars.isStandard(kept) ? PlanCalendars.STANDARD : kept;
    }

    private static PlanCalendar toPlanCalendar(ImportedCalendar imported) {
        return new PlanCalendar(imported.workingWeekdays(), List.copyOf(imported.holidays()),
                List.copyOf(imported.extraWorkingDays()), imported.workingTimes(), imported.weekdayWorkingTimes(),
                imported.dateWorkingTimes());
    }
}
