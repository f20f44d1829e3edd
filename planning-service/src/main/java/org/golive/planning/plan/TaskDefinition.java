package org.golive.planning.plan;

import org.golive.planning.schedule.Constraint;
import org.golive.planning.schedule.ConstraintType;
import org.golive.planning.schedule.EffortDriven;
import org.golive.planning.schedule.ScheduleDuration;
import org.golive.platform.problem.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a planner decides about a task, as opposed to what the schedule and progress make of it. Dates are kept as
 * offsets in calendar days from the site's go-live date, so that moving go-live moves the whole plan with it.
 *
 * @param startOffsetDays    start no earlier than go-live plus this many calendar days (negative: before go-live), or
 *                           null to let the dependencies alone decide
 * @param deadlineOffsetDays finish no later than go-live plus this many days, or null
 * @param durationDays       working days on the site's calendar; 0 makes a milestone
 * @param constraintType     null or one of MS Project's constraints other than ASAP and SNET (those two are kept as
 *                           null and {@code startOffsetDays}, the form plans had before the other types existed)
 * @param constraintOffsetDays the constraint's date as go-live plus this many calendar days; null for ALAP
 * @param duration           null for a day-level task ({@code durationDays} rules), or an hour-level or elapsed
 *                           duration in MS Project's notation ({@code 4h}, {@code 30m}, {@code 2ed}, {@code 12eh}; see
 *                           {@link ScheduleDuration}); {@code durationDays} is then its whole days ({@code 0} unless
 *                           the unit is days)
 * @param calendar           null for the site's calendar, {@value PlanCalendars#AROUND_THE_CLOCK}: every day,
 *                           00:00-24:00, for work through nights and weekends (a cutover), or one of the site's named
 *                           calendars ("Night shift"); the plan refuses a name it does not have when it schedules
 * @param effortDriven       MS Project's effort-driven (fixed-work) task: once resources with units are assigned, its
 *                           duration is {@code effortHours / (units x the calendar's hours per day)}; false: fixed
 *                           duration, assignments never change it
 * @param units              the sum of the units of the resources assigned to the task (1 = one full-time resource), as
 *                           the assignments last set it; null when none. Not the planner's to edit
 */
public record TaskDefinition(
        String wbs,
        String phase,
        String title,
        Integer startOffsetDays,
        Integer deadlineOffsetDays,
        int durationDays,
        List<Dependency> dependencies,
        BigDecimal effortHours,
        String readinessCriterion,
        Raci raci,
        ConstraintType constraintType,
        Integer constraintOffsetDays,
        String duration,
        String calendar,
        boolean effortDriven,
        BigDecimal units) {

    /**
     * @throws RuleViolationException for a constraint without its date, a date on ALAP, two constraints, a duration
     *                                that is not MS Project's notation, or an unknown calendar
     */
    public TaskDefinition {
        dependencies = List.copyOf(dependencies == null ? List.of() : dependencies);
        if (duration != null) {
            ScheduleDuration parsed = parseDuration(duration);
            duration = parsed.inDays() ? null : parsed.toString(); // days are kept as durationDays alone
            durationDays = parsed.inDays() ? Math.toIntExact(parsed.amount()) : 0;
        }
        calendar = PlanCalendars.checked(calendar);
        raci = raci == null ? Raci.NONE : raci;
        units = units == null || units.signum() <= 0 ? null : plain(units);
        if (effortDriven && (effortHours == null || effortHours.signum() <= 0)) {
            throw new RuleViolationException("effortHours", "An effort-driven task takes its duration from its work:"
                    + " give it effortHours more than 0");
        }
        if (constraintType == ConstraintType.ASAP && constraintOffsetDays == null) {
            constraintType = null;
        }
        if (constraintType == ConstraintType.SNET && startOffsetDays == null && constraintOffsetDays != null) {
            startOffsetDays = constraintOffsetDays;
            constraintOffsetDays = null;
        }
        if (constraintType == ConstraintType.SNET && startOffsetDays != null && constraintOffsetDays == null) {
            constraintType = null; // SNET is kept as the start-no-earlier-than date alone
        }
        if (constraintType == null && constraintOffsetDays != null) {
            throw new RuleViolationException("constraintType", "A constraint date needs a constraint type");
        }
        if (constraintType != null) {
            if (constraintType.dated() && constraintOffsetDays == null) {
                throw new RuleViolationException("constraintDate", "A " + constraintType
                        + " constraint needs a date");
            }
            if (!constraintType.dated() && constraintOffsetDays != null) {
                throw new RuleViolationException("constraintDate", "An " + constraintType
                        + " constraint takes no date");
            }
            if (startOffsetDays != null) {
                throw new RuleViolationException("constraintType", "A task has one constraint: it cannot have both"
                        + " a start-no-earlier-than date and a " + constraintType + " constraint");
            }
        }
    }

    /** A fixed-duration task (every task before effort-driven ones existed). */
    public TaskDefinition(String wbs, String phase, String title, Integer startOffsetDays, Integer deadlineOffsetDays,
                          int durationDays, List<Dependency> dependencies, BigDecimal effortHours,
                          String readinessCriterion, Raci raci, ConstraintType constraintType,
                          Integer constraintOffsetDays, String duration, String calendar) {
        this(wbs, phase, title, startOffsetDays, deadlineOffsetDays, durationDays, dependencies, effortHours,
                readinessCriterion, raci, constraintType, constraintOffsetDays, duration, calendar, false, null);
    }

    /** A day-level task on the site's calendar. */
    public TaskDefinition(String wbs, String phase, String title, Integer startOffsetDays, Integer deadlineOffsetDays,
                          int durationDays, List<Dependency> dependencies, BigDecimal effortHours,
                          String readinessCriterion, Raci raci, ConstraintType constraintType,
                          Integer constraintOffsetDays) {
        this(wbs, phase, title, startOffsetDays, deadlineOffsetDays, durationDays, dependencies, effortHours,
                readinessCriterion, raci, constraintType, constraintOffsetDays, null, null);
    }

    /** A task with no constraint but start-no-earlier-than. */
    public TaskDefinition(String wbs, String phase, String title, Integer startOffsetDays, Integer deadlineOffsetDays,
                          int durationDays, List<Dependency> dependencies, BigDecimal effortHours,
                          String readinessCriterion, Raci raci) {
        this(wbs, phase, title, startOffsetDays, deadlineOffsetDays, durationDays, dependencies, effortHours,
                readinessCriterion, raci, null, null);
    }

    /** The task's constraint at a go-live date, in MS Project's terms: ASAP when it has none. */
    public Constraint constraint(LocalDate goLive) {
        if (constraintType == null) {
            return startOffsetDays == null ? Constraint.ASAP
                    : Constraint.of(ConstraintType.SNET, goLive.plusDays(startOffsetDays));
        }
        return Constraint.of(constraintType,
                constraintOffsetDays == null ? null : goLive.plusDays(constraintOffsetDays));
    }

    public boolean milestone() {
        return durationDays == 0 && duration == null;
    }

    /** The duration the schedule engine works with: {@code duration}, or {@code durationDays} days. */
    public ScheduleDuration scheduleDuration() {
        return duration == null ? ScheduleDuration.days(durationDays) : ScheduleDuration.parse(duration);
    }

    /**
     * The duration in minutes when it is not whole working days ({@code duration} set): working minutes for hours and
     * minutes, minutes of the clock for elapsed units; null for a task of whole working days, whose minutes depend on
     * its calendar's hours.
     */
    public Long durationMinutes() {
        // Never days here (those are durationDays alone), so the day's length passed does not count.
        return duration == null ? null : ScheduleDuration.parse(duration).minutes(24 * 60);
    }

    /** 2.00 and 2 are the same units: kept in their shortest form, so an unchanged sum changes nothing. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static ScheduleDuration parseDuration(String text) {
        ScheduleDuration parsed;
        try {
            parsed = ScheduleDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("duration", e.getMessage());
        }
        long minutes = parsed.minutes(24 * 60);
        if (parsed.amount() < 0 || minutes > 1000L * 24 * 60) {
            throw new RuleViolationException("duration", "A duration lies between 0 and 1,000 days: " + text);
        }
        return parsed;
    }

    /** The start-no-earlier-than date this definition gives at a go-live date, or null. */
    public LocalDate notBefore(LocalDate goLive) {
        return startOffsetDays == null ? null : goLive.plusDays(startOffsetDays);
    }

    /** The deadline this definition gives at a go-live date, or null. */
    public LocalDate deadline(LocalDate goLive) {
        return deadlineOffsetDays == null ? null : goLive.plusDays(deadlineOffsetDays);
    }

    TaskDefinition withRaci(Raci newRaci) {
        return new TaskDefinition(wbs, phase, title, startOffsetDays, deadlineOffsetDays, durationDays, dependencies,
                effortHours, readinessCriterion, newRaci, constraintType, constraintOffsetDays, duration, calendar,
                effortDriven, units);
    }

    /** The same task with the assigned units {@code newUnits} (null or 0: nobody with units assigned). */
    TaskDefinition withUnits(BigDecimal newUnits) {
        return new TaskDefinition(wbs, phase, title, startOffsetDays, deadlineOffsetDays, durationDays, dependencies,
                effortHours, readinessCriterion, raci, constraintType, constraintOffsetDays, duration, calendar,
                effortDriven, newUnits);
    }

    /**
     * The task with its duration as MS Project computes it for an effort-driven task with work and units assigned
     * ({@link EffortDriven}); any other task as it is (fixed duration, or no units yet: the planner's duration holds).
     *
     * @param minutesPerDay the working minutes of a day of the task's calendar
     */
    TaskDefinition effortScheduled(int minutesPerDay) {
        if (!effortDriven || units == null) {
            return this;
        }
        String computed = EffortDriven.duration(effortHours, units, minutesPerDay).toString();
        return new TaskDefinition(wbs, phase, title, startOffsetDays, deadlineOffsetDays, 0, dependencies,
                effortHours, readinessCriterion, raci, constraintType, constraintOffsetDays, computed, calendar,
                true, units);
    }
}
