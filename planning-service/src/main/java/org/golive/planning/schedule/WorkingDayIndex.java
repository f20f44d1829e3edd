package org.golive.planning.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.SortedSet;

/**
 * A {@link WorkCalendar}'s working days numbered by arithmetic: the working weekdays of whole seven-day blocks, then
 * the holidays that remove a working weekday and the extra days that add one, counted by binary search. A date's
 * index is the number of working days before it (a non-working day shares the next working day's); back from an
 * index to a date by bisection over that.
 */
final class WorkingDayIndex {

    /** 1970-01-01, epoch day 0, was a Thursday; weeks are counted in blocks of seven epoch days from it. */
    private static final DayOfWeek EPOCH_WEEKDAY = DayOfWeek.THURSDAY;

    private final Set<DayOfWeek> workingWeekdays;
    private final int workingDaysPerWeek;
    /** For r in 0..7: the working weekdays among the first r days of a seven-day block. */
    private final int[] workingDaysBeforeInBlock = new int[8];
    /** Epoch days that a working weekday would count but a holiday removes, sorted. */
    private final long[] removedDays;
    /** Epoch days that no working weekday counts but an extra working day adds, sorted. */
    private final long[] addedDays;

    /** @param worked days worked whatever their weekday or a holiday says (extra days, days with hours of their own) */
    WorkingDayIndex(Set<DayOfWeek> weekdays, SortedSet<LocalDate> holidays, SortedSet<LocalDate> worked) {
        this.workingWeekdays = weekdays;
        for (int r = 0; r < 7; r++) {
            int working = weekdays.contains(EPOCH_WEEKDAY.plus(r)) ? 1 : 0;
            workingDaysBeforeInBlock[r + 1] = workingDaysBeforeInBlock[r] + working;
        }
        this.workingDaysPerWeek = workingDaysBeforeInBlock[7];
        this.removedDays = holidays.stream().filter(d -> weekdays.contains(d.getDayOfWeek()) && !worked.contains(d))
                .mapToLong(LocalDate::toEpochDay).toArray();
        this.addedDays = worked.stream().filter(d -> !weekdays.contains(d.getDayOfWeek()))
                .mapToLong(LocalDate::toEpochDay).toArray();
    }

    boolean isWorking(long epochDay, DayOfWeek weekday) {
        return workingWeekdays.contains(weekday)
                ? Arrays.binarySearch(removedDays, epochDay) < 0
                : Arrays.binarySearch(addedDays, epochDay) >= 0;
    }

    boolean isWorking(long epochDay) {
        return isWorking(epochDay, EPOCH_WEEKDAY.plus(Math.floorMod(epochDay, 7)));
    }

    long indexOf(long epochDay) {
        long block = Math.floorDiv(epochDay, 7);
        int dayInBlock = Math.floorMod(epochDay, 7);
        return block * workingDaysPerWeek + workingDaysBeforeInBlock[dayInBlock]
                - countBefore(removedDays, epochDay) + countBefore(addedDays, epochDay);
    }

    long epochDayOf(long index) {
        if (workingDaysPerWeek == 0) {
            if (index < 0 || index >= addedDays.length) {
                throw new DateTimeException("This calendar has only " + addedDays.length + " working days, from "
                        + LocalDate.ofEpochDay(addedDays[0]) + " to "
                        + LocalDate.ofEpochDay(addedDays[addedDays.length - 1]));
            }
            return addedDays[(int) index];
        }
        // The first guess ignores holidays and extra days, so it is off by about as many of them as lie before it.
        // The index steps up from the day found to the next, so that day is a working day with the index asked for.
        return Bisection.lastAtMost(this::indexOf, index, Math.floorDiv(index, workingDaysPerWeek) * 7);
    }

    LocalDate[] datesOf(long first, int count) {
        LocalDate[] dates = new LocalDate[count];
        if (count == 0) {
            return dates;
        }
        epochDayOf(first + count - 1); // fails here, rather than walking forever, past the last day of a finite calendar
        LocalDate day = LocalDate.ofEpochDay(epochDayOf(first));
        for (int i = 0; i < count; i++) {
            while (!isWorking(day.toEpochDay(), day.getDayOfWeek())) {
                day = day.plusDays(1);
            }
            dates[i] = day;
            day = day.plusDays(1);
        }
        return dates;
    }

    private static int countBefore(long[] sortedDays, long epochDay) {
        int found = Arrays.binarySearch(sortedDays, epochDay);
        return found >= 0 ? found : -found - 1;
    }
}
