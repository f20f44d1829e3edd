package org.golive.planning.resource;

import org.golive.planning.schedule.WorkCalendar;

import java.time.LocalDate;
import java.util.BitSet;

/**
 * A site's working days over a window of days (day 0 its first), as bits, and how long each is worked where the
 * calendar's days differ (a short Friday, a half day); what {@link LoadCalculator} and {@link DemandGrid} spread a
 * task's hours over.
 */
final class SiteDays {

    private final BitSet working;
    /** Each day's working minutes; null when every working day is the calendar's standard day. */
    private final int[] minutes;
    private final int standard;

    private SiteDays(BitSet working, int[] minutes, int standard) {
        this.working = working;
        this.minutes = minutes;
        this.standard = standard;
    }

    static SiteDays of(WorkCalendar calendar, LocalDate first, int days) {
        BitSet bits = new BitSet(days);
        for (int day = 0; day < days; day++) {
            if (calendar.isWorkingDay(first.plusDays(day))) {
                bits.set(day);
            }
        }
        return new SiteDays(bits, DayMinutes.over(calendar, first, days), calendar.minutesPerDay());
    }

    /** The working days in {@code [first, last]}. */
    int count(int first, int last) {
        return first < 0 || last < first ? 0 : working.get(first, last + 1).cardinality();
    }

    /** The first working day on or after {@code day}, -1 if none. */
    int next(int day) {
        return working.nextSetBit(day);
    }

    /** The minutes of the {@code count} working days from {@code first}; null when they are standard days. */
    private int[] lengths(int first, int count) {
        if (minutes == null) {
            return null;
        }
        int[] lengths = new int[count];
        int nth = 0;
        for (int day = next(first); day >= 0 && nth < count; day = next(day + 1)) {
            lengths[nth++] = minutes[day];
        }
        return lengths;
    }

    /**
     * Hands each working day of {@code [first, last]} (its index in the window) the hours each assignment asks then;
     * {@code rows[i] < 0}: assignment i is skipped.
     */
    void spread(AssignedTask task, int[] rows, int first, int last, DaySink sink) {
        int days = count(first, last);
        if (days == 0) {
            return;
        }
        int[] lengths = lengths(first, days);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0) {
                continue;
            }
            DailyHours daily = DailyHours.of(task.assignments().get(i), lengths, days, standard);
            int nth = 0;
            for (int day = next(first); day >= 0 && day <= last; day = next(day + 1)) {
                sink.add(rows[i], day, daily.on(nth++));
            }
        }
    }

    interface DaySink {
        void add(int row, int day, long centihours);
    }
}
