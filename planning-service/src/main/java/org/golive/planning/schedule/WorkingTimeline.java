package org.golive.planning.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The working minutes of the plan's calendar as the axis: working day i holds points {@code [i * M, (i + 1) * M)} with
 * M the calendar's working minutes a day, so durations and working lags are additions and a day-level plan is the
 * day-index arithmetic scaled by M. Point {@code i * M} is both the end of day i - 1 and the start of day i; which
 * one a milestone shows is the forward pass's choice (MS Project's: after a finish, the finish).
 */
final class WorkingTimeline extends Timeline {

    private final WorkCalendar calendar;
    private final int perDay;
    private final WorkingTimes times;
    private ShownDates shown;

    WorkingTimeline(List<ScheduleTask> tasks, WorkCalendar calendar) {
        super(workOf(tasks, calendar));
        this.calendar = calendar;
        this.perDay = calendar.minutesPerDay();
        this.times = calendar.workingTimes();
    }

    private static long[] workOf(List<ScheduleTask> tasks, WorkCalendar calendar) {
        long[] work = new long[tasks.size()];
        int perDay = calendar.minutesPerDay();
        for (int v = 0; v < work.length; v++) {
            work[v] = tasks.get(v).duration().minutes(perDay);
        }
        return work;
    }

    @Override
    long dayStart(int v, LocalDate day) {
        return calendar.indexOf(day) * perDay;
    }

    @Override
    long dayEnd(int v, LocalDate day) {
        return calendar.indexOf(day.plusDays(1)) * perDay;
    }

    @Override
    long startAtOrAfter(int v, long point) {
        return point;
    }

    @Override
    long finishAtOrBefore(int v, long point) {
        return point;
    }

    @Override
    long finish(int v, long start, long minutes) {
        return start + minutes;
    }

    @Override
    long start(int v, long finish, long minutes) {
        return finish - minutes;
    }

    @Override
    long lagged(int w, long point, Link link) {
        if (!link.lag().elapsed()) {
            return point + lagMinutes(link, calendar);
        }
        boolean finish = fromFinish(link.type());
        long moment = finish ? calendar.epochMinuteOfEnd(point) : calendar.epochMinuteOfStart(point);
        return calendar.workingMinuteOf(moment + link.lag().minutes(perDay));
    }

    @Override
    long unlagged(int w, long point, Link link) {
        if (!link.lag().elapsed()) {
            return point - lagMinutes(link, calendar);
        }
        boolean finish = toFinish(link.type());
        long moment = finish ? calendar.epochMinuteOfEnd(point) : calendar.epochMinuteOfStart(point);
        return calendar.workingMinuteOf(moment - link.lag().minutes(perDay));
    }

    @Override
    long workingMinutes(int v, long from, long to) {
        return to - from;
    }

    @Override
    int minutesPerDay(int v) {
        return perDay;
    }

    @Override
    void showing(long min, long max) {
        shown = min > max ? ShownDates.covering(calendar, 0, -1)
                : ShownDates.covering(calendar, Math.floorDiv(min - 1, perDay), Math.floorDiv(max, perDay));
    }

    @Override
    LocalDateTime startTime(int v, long point) {
        return startDate(v, point).atStartOfDay()
                .plusMinutes(times.clockOfStart((int) Math.floorMod(point, perDay)));
    }

    @Override
    LocalDateTime finishTime(int v, long point) {
        return finishDate(v, point).atStartOfDay()
                .plusMinutes(times.clockOfEnd((int) Math.floorMod(point - 1, perDay) + 1));
    }

    @Override
    LocalDate startDate(int v, long point) {
        return shown.of(Math.floorDiv(point, perDay));
    }

    @Override
    LocalDate finishDate(int v, long point) {
        return shown.of(Math.floorDiv(point - 1, perDay));
    }
}
