package org.golive.planning.resource;

import org.golive.planning.schedule.WorkCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A task's working days on its site's calendar, in order, with their lengths where the calendar's days differ. */
final class TaskDays {

    private final List<LocalDate> days;
    /** Each day's working minutes; null when they are all the calendar's standard day. */
    private final int[] lengths;
    private final int standard;

    private TaskDays(List<LocalDate> days, int[] lengths, int standard) {
        this.days = days;
        this.lengths = lengths;
        this.standard = standard;
    }

    static TaskDays of(AssignedTask task, WorkCalendar calendar) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = task.start(); !day.isAfter(task.finish()); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days.add(day);
            }
        }
        int[] lengths = null;
        if (!calendar.uniformDays()) {
            lengths = new int[days.size()];
            for (int nth = 0; nth < lengths.length; nth++) {
                lengths[nth] = calendar.minutesWorkedOn(days.get(nth));
            }
        }
        return new TaskDays(days, lengths, calendar.minutesPerDay());
    }

    boolean isEmpty() {
        return days.isEmpty();
    }

    int size() {
        return days.size();
    }

    LocalDate get(int nth) {
        return days.get(nth);
    }

    /** The assignment's hours on each of these days. */
    DailyHours hours(Assignment assignment) {
        return DailyHours.of(assignment, lengths, days.size(), standard);
    }
}
