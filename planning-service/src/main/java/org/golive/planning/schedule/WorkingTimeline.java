package org.golive.planning.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;

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

    WorkingTimeline(WorkCalendar calendar, TaskGraph graph, TaskFacts facts) {
        super(graph);
        this.calendar = calendar;
        this.perDay = calendar.minutesPerDay();
        this.times = calendar.workingTimes();
        measure(facts, graph);
    }

    @Override
    long dayStart(int v, LocalDate day) {
        return calendar.indexOf(day) * perDay;
    }

    @Override
    long dayEnd(int v, LocalDate day) {
        return calendar.indexAfter(day) * perDay;
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
    long lagged(int w, long point, int k) {
        if (!elapsedLag[k]) {
            return point + lag[k];
        }
        boolean finish = fromFinish(type[k]);
        long moment = finish ? calendar.epochMinuteOfEnd(point) : calendar.epochMinuteOfStart(point);
        return calendar.workingMinuteOf(moment + lag[k]);
    }

    @Override
    long unlagged(int w, long point, int k) {
        if (!elapsedLag[k]) {
            return point - lag[k];
        }
        boolean finish = toFinish(type[k]);
        long moment = finish ? calendar.epochMinuteOfEnd(point) : calendar.epochMinuteOfStart(point);
        return calendar.workingMinuteOf(moment - lag[k]);
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
        long day = Math.floorDiv(point, perDay);
        int minute = (int) Math.floorMod(point, perDay);
        return minute == 0 ? shown.startOf(day) : ShownDates.moment(shown.of(day), times.clockOfStart(minute));
    }

    @Override
    LocalDateTime finishTime(int v, long point) {
        long day = Math.floorDiv(point - 1, perDay);
        int minute = (int) Math.floorMod(point - 1, perDay) + 1;
        return minute == perDay ? shown.endOf(day) : ShownDates.moment(shown.of(day), times.clockOfEnd(minute));
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
