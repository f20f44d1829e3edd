package org.golive.planning.schedule;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hours a working day is worked, as periods of minutes of the day: 08:00-12:00 and 13:00-17:00 by default (MS
 * Project's standard calendar, 8 hours), or 00:00-24:00 for a calendar worked around the clock. Every working day of a
 * {@link WorkCalendar} has the same periods. Immutable.
 *
 * <p>Working minute {@code k} of a day ({@code 0 <= k < minutesPerDay}) is the k-th minute worked that day; hour-level
 * durations count these minutes, day-level durations count {@code minutesPerDay} of them per day.
 */
public final class WorkingTimes {

    private static final int DAY = 24 * 60;

    public static final WorkingTimes STANDARD = parse("08:00-12:00,13:00-17:00");
    public static final WorkingTimes ALL_DAY = parse("00:00-24:00");

    /** Period i is {@code [from[i], to[i])} in minutes of the day, sorted and apart. */
    private final int[] from;
    private final int[] to;
    /** Working minutes of the day before period i. */
    private final int[] before;
    private final int minutesPerDay;

    private WorkingTimes(int[] from, int[] to) {
        this.from = from;
        this.to = to;
        this.before = new int[from.length + 1];
        for (int i = 0; i < from.length; i++) {
            before[i + 1] = before[i] + to[i] - from[i];
        }
        this.minutesPerDay = before[from.length];
    }

    /**
     * @param text periods {@code HH:MM-HH:MM} separated by commas, in order, e.g. {@code 08:00-12:00,13:00-17:00};
     *             24:00 ends a period at midnight
     * @throws IllegalArgumentException for any other text, empty or overlapping periods
     */
    public static WorkingTimes parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Working times need at least one period such as 08:00-17:00");
        }
        List<int[]> periods = new ArrayList<>();
        int last = -1;
        for (String part : text.split(",")) {
            String[] ends = part.trim().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("Not a period HH:MM-HH:MM: '" + part.trim() + "'");
            }
            int start = minuteOf(ends[0]);
            int end = minuteOf(ends[1]);
            if (end <= start || start < last) {
                throw new IllegalArgumentException("Working periods must be in order, apart and not empty: '"
                        + text + "'");
            }
            periods.add(new int[] {start, end});
            last = end;
        }
        return new WorkingTimes(periods.stream().mapToInt(p -> p[0]).toArray(),
                periods.stream().mapToInt(p -> p[1]).toArray());
    }

    private static int minuteOf(String clock) {
        String[] hm = clock.trim().split(":");
        try {
            int hours = Integer.parseInt(hm[0]);
            int minutes = hm.length == 2 ? Integer.parseInt(hm[1]) : -1;
            int minute = hours * 60 + minutes;
            if (hm.length != 2 || hm[1].length() != 2 || minutes < 0 || minutes > 59 || hours < 0 || minute > DAY) {
                throw new IllegalArgumentException("Not a time of day HH:MM: '" + clock.trim() + "'");
            }
            return minute;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a time of day HH:MM: '" + clock.trim() + "'");
        }
    }

    public int minutesPerDay() {
        return minutesPerDay;
    }

    /** The working minutes of a working day before the given minute of the day (0 .. 1440). */
    int workedBefore(int minuteOfDay) {
        for (int i = 0; i < from.length; i++) {
            if (minuteOfDay < to[i]) {
                return before[i] + Math.max(0, minuteOfDay - from[i]);
            }
        }
        return minutesPerDay;
    }

    /** The minute of the day at which working minute {@code k} ({@code 0 <= k < minutesPerDay}) begins. */
    int clockOfStart(int k) {
        int i = period(k + 1);
        return from[i] + k - before[i];
    }

    /** The minute of the day at which working minute {@code k - 1} ({@code 1 <= k <= minutesPerDay}) ends. */
    int clockOfEnd(int k) {
        int i = period(k);
        return from[i] + k - before[i];
    }

    /** The period holding the working minute that ends {@code k} minutes into the day's work. */
    private int period(int k) {
        int i = 0;
        while (before[i + 1] < k) {
            i++;
        }
        return i;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingTimes that && Arrays.equals(from, that.from) && Arrays.equals(to, that.to);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(from) + Arrays.hashCode(to);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < from.length; i++) {
            text.append(i == 0 ? "" : ",").append(clock(from[i])).append('-').append(clock(to[i]));
        }
        return text.toString();
    }

    private static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    /** The weekdays of {@code times} whose hours are not {@code standard}'s: those with hours of their own. */
    static Map<DayOfWeek, WorkingTimes> differingFrom(Map<DayOfWeek, WorkingTimes> times, WorkingTimes standard) {
        Map<DayOfWeek, WorkingTimes> own = new EnumMap<>(DayOfWeek.class);
        times.forEach((day, hours) -> {
            if (!hours.equals(standard)) {
                own.put(day, hours);
            }
        });
        return own;
    }
}
