package org.golive.planning.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Working minutes on a {@link WorkCalendar} whose days differ in length (a short Friday, a Saturday morning, a date
 * with hours of its own): the working minutes before a day are counted by arithmetic, as the calendar counts working
 * days, from the weekly pattern (whole weeks, then the days of the week before it) corrected by the dates that break
 * it (holidays, extra days, dates with hours of their own) found by binary search: O(log h). Back from a minute to
 * its day by bisection over that. Built once per calendar.
 */
final class DayLengths implements WorkingMinutes {

    private static final DayOfWeek EPOCH_WEEKDAY = DayOfWeek.THURSDAY;

    /** The hours of each day of a seven-day block of epoch days (epoch day mod 7), null where not worked. */
    private final WorkingTimes[] usual = new WorkingTimes[7];
    /** For r in 0..7: the working minutes of the first r days of a block. */
    private final long[] usualBefore = new long[8];
    private final long weekMinutes;
    /** The epoch days not worked as their weekday usually is, sorted, with their hours (null: not worked). */
    private final long[] exceptionDays;
    private final WorkingTimes[] exceptionTimes;
    /** For i in 0..n: what exceptions 0..i-1 add to (or take from) the usual working minutes. */
    private final long[] correctionBefore;

    DayLengths(WorkCalendar calendar) {
        for (int r = 0; r < 7; r++) {
            DayOfWeek weekday = EPOCH_WEEKDAY.plus(r);
            usual[r] = calendar.workingWeekdays().contains(weekday)
                    ? calendar.weekdayTimes().getOrDefault(weekday, calendar.workingTimes()) : null;
            usualBefore[r + 1] = usualBefore[r] + minutes(usual[r]);
        }
        weekMinutes = usualBefore[7];
        TreeSet<Long> candidates = new TreeSet<>();
        calendar.holidays().forEach(day -> candidates.add(day.toEpochDay()));
        calendar.extraWorkingDays().forEach(day -> candidates.add(day.toEpochDay()));
        calendar.dayTimes().keySet().forEach(day -> candidates.add(day.toEpochDay()));
        long[] days = new long[candidates.size()];
        WorkingTimes[] times = new WorkingTimes[candidates.size()];
        long[] before = new long[candidates.size() + 1];
        int n = 0;
        for (long epochDay : candidates) {
            WorkingTimes actual = calendar.timesOnEpochDay(epochDay);
            WorkingTimes usually = usual[Math.floorMod(epochDay, 7)];
            if (Objects.equals(actual, usually)) {
                continue;
            }
            days[n] = epochDay;
            times[n] = actual;
            before[n + 1] = before[n] + minutes(actual) - minutes(usually);
            n++;
        }
        exceptionDays = Arrays.copyOf(days, n);
        exceptionTimes = Arrays.copyOf(times, n);
        correctionBefore = Arrays.copyOf(before, n + 1);
    }

    @Override
    public long minutesBefore(long epochDay) {
        return Math.floorDiv(epochDay, 7) * weekMinutes + usualBefore[Math.floorMod(epochDay, 7)]
                + correctionBefore[countBefore(epochDay)];
    }

    @Override
    public long workingMinuteOf(long epochMinute) {
        long epochDay = Math.floorDiv(epochMinute, DAY);
        WorkingTimes times = timesOf(epochDay);
        long start = minutesBefore(epochDay);
        return times == null ? start : start + times.workedBefore((int) Math.floorMod(epochMinute, DAY));
    }

    @Override
    public long epochMinuteOfStart(long minute) {
        long day = epochDayHolding(minute);
        return day * DAY + timesOf(day).clockOfStart((int) (minute - minutesBefore(day)));
    }

    @Override
    public long epochMinuteOfEnd(long minute) {
        long day = epochDayHolding(minute - 1);
        return day * DAY + timesOf(day).clockOfEnd((int) (minute - minutesBefore(day)));
    }

    private WorkingTimes timesOf(long epochDay) {
        int found = Arrays.binarySearch(exceptionDays, epochDay);
        return found >= 0 ? exceptionTimes[found] : usual[Math.floorMod(epochDay, 7)];
    }

    /** The working day whose work holds working minute {@code minute}: the last day whose work starts at or before it. */
    private long epochDayHolding(long minute) {
        if (weekMinutes == 0) {
            // Only dates of their own are worked, each adding its minutes: find the one the minute falls in.
            int n = exceptionDays.length;
            if (minute < 0 || minute >= correctionBefore[n]) {
                throw new DateTimeException("This calendar works only " + correctionBefore[n] + " minutes, on "
                        + n + " days from " + LocalDate.ofEpochDay(exceptionDays[0]));
            }
            int found = Arrays.binarySearch(correctionBefore, 0, n, minute);
            return exceptionDays[found >= 0 ? found : -found - 2];
        }
        // minutesBefore(day) <= minute < minutesBefore(day + 1): that day works the minute.
        return Bisection.lastAtMost(this::minutesBefore, minute, Math.floorDiv(minute, weekMinutes) * 7);
    }

    private int countBefore(long epochDay) {
        int found = Arrays.binarySearch(exceptionDays, epochDay);
        return found >= 0 ? found : -found - 1;
    }

    private static long minutes(WorkingTimes times) {
        return times == null ? 0 : times.minutesPerDay();
    }
}
