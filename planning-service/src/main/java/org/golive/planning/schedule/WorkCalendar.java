package org.golive.planning.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which days a site works: a set of working weekdays, minus holidays, plus extra working days (a cutover weekend),
 * each worked in the calendar's {@link WorkingTimes} (08:00-12:00, 13:00-17:00 unless changed), unless its weekday has
 * hours of its own (a short Friday, a Saturday morning) or the date has (a half day before a holiday, a worked
 * Saturday's morning). An extra working day, or a date with hours of its own, is worked even if it is also listed as
 * a holiday. Immutable and thread-safe.
 *
 * <p>A day of duration is {@link #minutesPerDay()}: the length of the calendar's own working times, whatever the
 * weekday. That is MS Project's rule: a "day" is the project's "hours per day" (8 by default), used with every
 * calendar, so a 1-day task starting on a 4-hour Friday runs into Monday.
 *
 * <p>Every date has a working-day index ({@link WorkingDayIndex}): the number of working days before it; the
 * scheduler works on these indices, in O(log h) with h holidays whatever the distance between dates.
 *
 * <p>A calendar whose only working days are extra days has finitely many: moving past the last (or before the
 * first) throws {@link DateTimeException}.
 */
public final class WorkCalendar {

    private final Set<DayOfWeek> workingWeekdays;
    private final SortedSet<LocalDate> holidays;
    private final SortedSet<LocalDate> extraWorkingDays;
    private final WorkingTimes workingTimes;
    /** Working weekdays whose hours differ from {@link #workingTimes}. */
    private final Map<DayOfWeek, WorkingTimes> weekdayTimes;
    /** Dates worked with hours of their own. */
    private final SortedMap<LocalDate, WorkingTimes> dayTimes;
    /** Whether every working day has {@link #workingTimes}: then working minutes are day index x minutes a day. */
    private final boolean uniform;
    private final WorkingDayIndex index;
    private final WorkingMinutes minutes;

    private WorkCalendar(Set<DayOfWeek> weekdays, SortedSet<LocalDate> holidays, SortedSet<LocalDate> extraDays,
                         WorkingTimes workingTimes, Map<DayOfWeek, WorkingTimes> weekdayTimes,
                         SortedMap<LocalDate, WorkingTimes> dayTimes) {
        this.workingTimes = Objects.requireNonNull(workingTimes, "workingTimes");
        this.workingWeekdays = Collections.unmodifiableSet(weekdays);
        this.holidays = Collections.unmodifiableSortedSet(holidays);
        this.extraWorkingDays = Collections.unmodifiableSortedSet(extraDays);
        this.weekdayTimes = Collections.unmodifiableMap(weekdayTimes);
        this.dayTimes = Collections.unmodifiableSortedMap(dayTimes);
        SortedSet<LocalDate> extras = new TreeSet<>(extraDays);
        extras.addAll(dayTimes.keySet());
        this.index = new WorkingDayIndex(weekdays, holidays, extras);
        this.uniform = weekdayTimes.isEmpty() && dayTimes.values().stream().allMatch(workingTimes::equals);
        this.minutes = uniform ? new WorkingMinutes.UniformDays(index, workingTimes) : new DayLengths(this);
    }

    /** Monday to Friday without the given holidays. */
    public static WorkCalendar mondayToFriday(Collection<LocalDate> holidays) {
        return of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays, Set.of());
    }

    /**
     * @param workingWeekdays  the days of the week normally worked
     * @param holidays         days not worked although their weekday is
     * @param extraWorkingDays days worked although their weekday is not, or although they are holidays
     * @throws IllegalArgumentException if no day at all is worked
     */
    public static WorkCalendar of(Set<DayOfWeek> workingWeekdays, Collection<LocalDate> holidays,
                                  Collection<LocalDate> extraWorkingDays) {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        weekdays.addAll(Objects.requireNonNull(workingWeekdays, "workingWeekdays"));
        SortedSet<LocalDate> extras = new TreeSet<>(Objects.requireNonNull(extraWorkingDays, "extraWorkingDays"));
        if (weekdays.isEmpty() && extras.isEmpty()) {
            throw new IllegalArgumentException("A work calendar needs a working weekday or an extra working day");
        }
        return new WorkCalendar(weekdays, new TreeSet<>(Objects.requireNonNull(holidays, "holidays")), extras,
                WorkingTimes.STANDARD, Map.of(), new TreeMap<>());
    }

    /** Every day, around the clock: for work that runs through nights and weekends, such as a cutover. */
    public static WorkCalendar aroundTheClock() {
        return of(EnumSet.allOf(DayOfWeek.class), Set.of(), Set.of()).withWorkingTimes(WorkingTimes.ALL_DAY);
    }

    /**
     * This calendar's days with other working hours ({@link WorkingTimes#STANDARD} unless changed): every working day
     * but the weekdays and dates with hours of their own.
     */
    public WorkCalendar withWorkingTimes(WorkingTimes times) {
        return new WorkCalendar(weekdaySet(), new TreeSet<>(holidays), new TreeSet<>(extraWorkingDays), times,
                WorkingTimes.differingFrom(weekdayTimes, times), new TreeMap<>(dayTimes));
    }

    /**
     * This calendar with hours of their own for some working weekdays (Friday 08:00-12:00), replacing any such hours
     * set before; a weekday given the calendar's own working times has none of its own.
     *
     * @throws IllegalArgumentException for a weekday that is not a working weekday
     */
    public WorkCalendar withWeekdayTimes(Map<DayOfWeek, WorkingTimes> times) {
        for (DayOfWeek day : times.keySet()) {
            if (!workingWeekdays.contains(day)) {
                throw new IllegalArgumentException(day + " has working times but is not a working weekday");
            }
        }
        return new WorkCalendar(weekdaySet(), new TreeSet<>(holidays), new TreeSet<>(extraWorkingDays), workingTimes,
                WorkingTimes.differingFrom(times, workingTimes), new TreeMap<>(dayTimes));
    }

    /**
     * This calendar with dates worked in hours of their own (MS Project's exception with working times: a worked
     * Saturday morning, a half day), replacing any set before. Such a date is worked whatever its weekday and even
     * if it is also a holiday.
     */
    public WorkCalendar withDayTimes(Map<LocalDate, WorkingTimes> times) {
        return new WorkCalendar(weekdaySet(), new TreeSet<>(holidays), new TreeSet<>(extraWorkingDays), workingTimes,
                WorkingTimes.differingFrom(weekdayTimes, workingTimes), new TreeMap<>(times));
    }

    private Set<DayOfWeek> weekdaySet() {
        return workingWeekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workingWeekdays);
    }

    /** The hours of every working day without hours of its own; their length is {@link #minutesPerDay()}. */
    public WorkingTimes workingTimes() {
        return workingTimes;
    }

    /** The working weekdays whose hours are not {@link #workingTimes()}. */
    public Map<DayOfWeek, WorkingTimes> weekdayTimes() {
        return weekdayTimes;
    }

    /** The dates worked in hours of their own. */
    public SortedMap<LocalDate, WorkingTimes> dayTimes() {
        return dayTimes;
    }

    /**
     * Working minutes in a day of duration: those of {@link #workingTimes()}, even where a weekday or a date is
     * worked longer or shorter (MS Project's "hours per day").
     */
    public int minutesPerDay() {
        return workingTimes.minutesPerDay();
    }

    /** Whether every working day is worked in {@link #workingTimes()}. */
    public boolean uniformDays() {
        return uniform;
    }

    /** The hours worked on a working day (that day's own, its weekday's, or the calendar's). */
    WorkingTimes timesOn(LocalDate workingDay) {
        WorkingTimes own = dayTimes.get(workingDay);
        return own != null ? own : weekdayTimes.getOrDefault(workingDay.getDayOfWeek(), workingTimes);
    }

    /** The minutes worked on {@code day} by its own hours, its weekday's or the calendar's; 0 when not worked. */
    public int minutesWorkedOn(LocalDate day) {
        return isWorkingDay(day) ? timesOn(day).minutesPerDay() : 0;
    }

    public boolean isWorkingDay(LocalDate day) {
        return index.isWorking(day.toEpochDay(), day.getDayOfWeek());
    }

    /** The first working day on or after {@code day}. */
    public LocalDate onOrAfter(LocalDate day) {
        return dateOf(indexOf(day));
    }

    /** The last working day on or before {@code day}. */
    public LocalDate onOrBefore(LocalDate day) {
        return isWorkingDay(day) ? day : dateOf(indexOf(day) - 1);
    }

    /**
     * The working day {@code days} working days after {@code workingDay} (before it if negative). A non-working day
     * counts as the working day after it, so {@code plusWorkingDays(saturday, 0)} is the Monday and
     * {@code plusWorkingDays(saturday, -1)} the Friday.
     */
    public LocalDate plusWorkingDays(LocalDate workingDay, int days) {
        return dateOf(indexOf(workingDay) + days);
    }

    /** The working days in {@code [from, to)} if {@code from <= to}, else minus those in {@code [to, from)}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return Math.toIntExact(indexOf(to) - indexOf(from));
    }

    public Set<DayOfWeek> workingWeekdays() {
        return workingWeekdays;
    }

    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    public SortedSet<LocalDate> extraWorkingDays() {
        return extraWorkingDays;
    }

    /**
     * The working minutes before a moment, counted from the same origin as the day indices ({@link WorkingMinutes}:
     * on a calendar of {@link #uniformDays() uniform days}, working day i holds {@code [i * minutesPerDay, (i + 1) *
     * minutesPerDay)}). A moment outside working time shares the number of the next working minute.
     *
     * @param epochMinute minutes since 1970-01-01T00:00 (the local time of the site, no zone)
     */
    long workingMinuteOf(long epochMinute) {
        return minutes.workingMinuteOf(epochMinute);
    }

    /** The moment (epoch minute) at which working minute {@code minute} begins. */
    long epochMinuteOfStart(long minute) {
        return minutes.epochMinuteOfStart(minute);
    }

    /** The moment (epoch minute) at which working minute {@code minute - 1} ends. */
    long epochMinuteOfEnd(long minute) {
        return minutes.epochMinuteOfEnd(minute);
    }

    /** The working minute the first working day on or after {@code day} starts with. */
    long minuteAtStartOf(LocalDate day) {
        return minutes.minutesBefore(day.toEpochDay());
    }

    /** The working minute after the last one worked on or before {@code day}. */
    long minuteAfter(LocalDate day) {
        return minutes.minutesBefore(day.toEpochDay() + 1);
    }

    /** The hours worked on an epoch day, or null if it is not worked. */
    WorkingTimes timesOnEpochDay(long epochDay) {
        return isWorkingEpochDay(epochDay) ? timesOn(LocalDate.ofEpochDay(epochDay)) : null;
    }

    boolean isWorkingEpochDay(long epochDay) {
        return index.isWorking(epochDay);
    }

    /** The number of working days before {@code day}: a working day's index, or the next working day's. */
    long indexOf(LocalDate day) {
        return index.indexOf(day.toEpochDay());
    }

    /** The index of the day after {@code day}: where a task working through {@code day} ends. */
    long indexAfter(LocalDate day) {
        return index.indexOf(day.toEpochDay() + 1);
    }

    /** The working day with the given index. */
    LocalDate dateOf(long workingDay) {
        return LocalDate.ofEpochDay(index.epochDayOf(workingDay));
    }

    /**
     * The working days with indices {@code first .. first + count - 1}, found by walking the days once: cheaper than
     * {@link #dateOf} per index when a caller needs most days of a window.
     */
    LocalDate[] datesOf(long first, int count) {
        return index.datesOf(first, count);
    }

    @Override
    public boolean equals(Object other) {
        // The same instance first: the scheduler compares every task's calendar with the plan's.
        return this == other || other instanceof WorkCalendar that && workingWeekdays.equals(that.workingWeekdays)
                && holidays.equals(that.holidays) && extraWorkingDays.equals(that.extraWorkingDays)
                && workingTimes.equals(that.workingTimes) && weekdayTimes.equals(that.weekdayTimes)
                && dayTimes.equals(that.dayTimes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workingWeekdays, holidays, extraWorkingDays, workingTimes, weekdayTimes, dayTimes);
    }

    @Override
    public String toString() {
        return "WorkCalendar[workingWeekdays=" + workingWeekdays + ", holidays=" + holidays + ", extraWorkingDays="
                + extraWorkingDays + ", workingTimes=" + workingTimes
                + (weekdayTimes.isEmpty() ? "" : ", weekdayTimes=" + weekdayTimes)
                + (dayTimes.isEmpty() ? "" : ", dayTimes=" + dayTimes) + "]";
    }
}
