package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * What the passes and the {@link Timeline} ask of every task, as arrays by position, filled by the
 * {@link SchedulePlan.Builder}. A duration is days of the task's calendar plus minutes ({@link ScheduleDuration}'s
 * units apart), so a timeline turns it into minutes with one multiplication. The rare facts (a constraint, a
 * deadline, an actual date, an own calendar) are null for most tasks.
 */
final class TaskFacts {

    final long[] durationDays;
    final long[] durationMinutes;
    /** Whether the duration is elapsed time (then in minutes). */
    final boolean[] elapsed;
    final LocalDate[] startNoEarlierThan;
    final LocalDate[] deadline;
    /** The task's actual dates, or null if it has not started. */
    final Progress[] progress;
    final boolean[] started;
    final boolean[] done;
    /** The task's constraint other than start-no-earlier-than, or null. */
    final Constraint[] constraint;
    /** The task's own calendar, or null for the plan's. */
    final WorkCalendar[] calendar;
    /** Whether a task not started is as late as possible: the plan then takes a second forward pass. */
    final boolean asLateAsPossible;
    private final boolean anyElapsed;
    /** The positions of the tasks with calendars of their own. */
    private final int[] ownCalendars;

    TaskFacts(long[] durationDays, long[] durationMinutes, boolean[] elapsed, LocalDate[] startNoEarlierThan,
              LocalDate[] deadline, Progress[] progress, Constraint[] constraint, WorkCalendar[] calendar) {
        int size = durationDays.length;
        this.durationDays = durationDays;
        this.durationMinutes = durationMinutes;
        this.elapsed = elapsed;
        this.startNoEarlierThan = startNoEarlierThan;
        this.deadline = deadline;
        this.progress = progress;
        this.constraint = constraint;
        this.calendar = calendar;
        started = new boolean[size];
        done = new boolean[size];
        boolean alap = false;
        boolean anyElapsedTask = false;
        int[] own = new int[size];
        int owners = 0;
        for (int v = 0; v < size; v++) {
            started[v] = progress[v] != null;
            done[v] = started[v] && progress[v].isDone();
            alap |= !started[v] && constraint[v] != null && constraint[v].type() == ConstraintType.ALAP;
            anyElapsedTask |= elapsed[v];
            if (calendar[v] != null) {
                own[owners++] = v;
            }
        }
        asLateAsPossible = alap;
        anyElapsed = anyElapsedTask;
        ownCalendars = Arrays.copyOf(own, owners);
    }

    boolean milestone(int v) {
        return durationDays[v] == 0 && durationMinutes[v] == 0;
    }

    /** Task v's work in minutes on a calendar of {@code minutesPerDay} working minutes a day. */
    long work(int v, int minutesPerDay) {
        return durationDays[v] * minutesPerDay + durationMinutes[v];
    }

    /** Task v's calendar: its own, or the plan's. */
    WorkCalendar calendarOf(int v, WorkCalendar plan) {
        return calendar[v] == null ? plan : calendar[v];
    }

    /** Whether every task works on {@code plan}'s calendar and none lasts elapsed time. */
    boolean workingOn(WorkCalendar plan) {
        if (anyElapsed) {
            return false;
        }
        for (int v : ownCalendars) {
            if (!calendar[v].equals(plan)) {
                return false;
            }
        }
        return true;
    }
}
