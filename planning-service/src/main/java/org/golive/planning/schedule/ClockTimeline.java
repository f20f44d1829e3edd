package org.golive.planning.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Minutes of the wall clock (the site's local time, minutes since 1970-01-01T00:00) as the axis, for plans whose
 * tasks keep calendars of their own or last elapsed time, or whose days differ in length (a short Friday). Each
 * task's work is converted through its calendar: a working task starts and ends in its
 * calendar's working time, an elapsed task anywhere. Working lags count the successor's calendar, elapsed lags the
 * clock. Each conversion costs a lookup in the calendar (O(log h)), so plans
 * on the plan's calendar alone use {@link WorkingTimeline} instead.
 */
final class ClockTimeline extends Timeline {

    private static final int DAY = 24 * 60;

    private final WorkCalendar[] calendars;
    private final boolean[] elapsed;

    ClockTimeline(WorkCalendar plan, TaskGraph graph, TaskFacts facts) {
        super(graph);
        calendars = new WorkCalendar[graph.size];
        elapsed = facts.elapsed;
        for (int v = 0; v < calendars.length; v++) {
            calendars[v] = facts.calendarOf(v, plan);
        }
        measure(facts, graph);
    }

    @Override
    long dayStart(int v, LocalDate day) {
        WorkCalendar calendar = calendars[v];
        return calendar.epochMinuteOfStart(calendar.minuteAtStartOf(day));
    }

    @Override
    long dayEnd(int v, LocalDate day) {
        WorkCalendar calendar = calendars[v];
        return calendar.epochMinuteOfEnd(calendar.minuteAfter(day));
    }

    @Override
    long startAtOrAfter(int v, long point) {
        return elapsed[v] ? point : calendars[v].epochMinuteOfStart(calendars[v].workingMinuteOf(point));
    }

    @Override
    long finishAtOrBefore(int v, long point) {
        return elapsed[v] ? point : calendars[v].epochMinuteOfEnd(calendars[v].workingMinuteOf(point));
    }

    @Override
    long finish(int v, long start, long minutes) {
        if (elapsed[v] || minutes == 0) {
            return start + minutes;
        }
        WorkCalendar calendar = calendars[v];
        return calendar.epochMinuteOfEnd(calendar.workingMinuteOf(start) + minutes);
    }

    @Override
    long start(int v, long finish, long minutes) {
        if (elapsed[v] || minutes == 0) {
            return finish - minutes;
        }
        WorkCalendar calendar = calendars[v];
        return calendar.epochMinuteOfStart(calendar.workingMinuteOf(finish) - minutes);
    }

    @Override
    long lagged(int w, long point, int k) {
        if (lag[k] == 0) {
            return point;
        }
        if (elapsedLag[k]) {
            return point + lag[k];
        }
        WorkCalendar calendar = calendars[w];
        long minute = calendar.workingMinuteOf(point) + lag[k];
        return fromFinish(type[k]) ? calendar.epochMinuteOfEnd(minute) : calendar.epochMinuteOfStart(minute);
    }

    @Override
    long unlagged(int w, long point, int k) {
        if (lag[k] == 0) {
            return point;
        }
        if (elapsedLag[k]) {
            return point - lag[k];
        }
        WorkCalendar calendar = calendars[w];
        long minute = calendar.workingMinuteOf(point) - lag[k];
        return fromFinish(type[k]) ? calendar.epochMinuteOfEnd(minute) : calendar.epochMinuteOfStart(minute);
    }

    @Override
    long workingMinutes(int v, long from, long to) {
        return calendars[v].workingMinuteOf(to) - calendars[v].workingMinuteOf(from);
    }

    @Override
    int minutesPerDay(int v) {
        return calendars[v].minutesPerDay();
    }

    @Override
    void showing(long min, long max) {
        // Points are moments already: nothing to table.
    }

    @Override
    LocalDateTime startTime(int v, long point) {
        return LocalDateTime.ofEpochSecond(point * 60, 0, ZoneOffset.UTC);
    }

    @Override
    LocalDateTime finishTime(int v, long point) {
        return startTime(v, point);
    }

    @Override
    LocalDate startDate(int v, long point) {
        return LocalDate.ofEpochDay(Math.floorDiv(point, DAY));
    }

    @Override
    LocalDate finishDate(int v, long point) {
        return LocalDate.ofEpochDay(Math.floorDiv(point - 1, DAY));
    }
}
