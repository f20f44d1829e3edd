package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * What the passes and the {@link Timeline} ask of every task, as arrays by position, read from the task objects once
 * in input order (one walk over them instead of one per pass: on a 20,000-task plan each walk misses the caches). The
 * passes visit tasks in topological order, which jumps about the heap: on a 20,000-task plan the task, progress and
 * link objects no longer fit the processor's caches while these arrays do, so a pass reads a task object only for
 * what is rare (a constraint, a deadline, an actual date).
 */
final class TaskFacts {

    final boolean[] started;
    final boolean[] done;
    /** The task's constraint other than start-no-earlier-than, or null. */
    final Constraint[] constraint;
    final LocalDate[] deadline;
    final LocalDate[] startNoEarlierThan;
    final ScheduleDuration[] duration;
    /** Whether a task not started is as late as possible: the plan then takes a second forward pass. */
    final boolean asLateAsPossible;
    /** Whether every task works on the plan's calendar and none lasts elapsed time. */
    final boolean workingOnOneCalendar;

    private TaskFacts(List<ScheduleTask> tasks, WorkCalendar plan) {
        int size = tasks.size();
        started = new boolean[size];
        done = new boolean[size];
        constraint = new Constraint[size];
        deadline = new LocalDate[size];
        startNoEarlierThan = new LocalDate[size];
        duration = new ScheduleDuration[size];
        boolean alap = false;
        boolean oneCalendar = true;
        for (int v = 0; v < size; v++) {
            ScheduleTask task = tasks.get(v);
            Progress progress = task.progress();
            started[v] = progress.isStarted();
            done[v] = progress.isDone();
            constraint[v] = task.constraint();
            deadline[v] = task.deadline();
            startNoEarlierThan[v] = task.startNoEarlierThan();
            duration[v] = task.duration();
            alap |= !started[v] && constraint[v] != null && constraint[v].type() == ConstraintType.ALAP;
            oneCalendar &= !duration[v].elapsed() && (task.calendar() == null || task.calendar().equals(plan));
        }
        asLateAsPossible = alap;
        workingOnOneCalendar = oneCalendar;
    }

    static TaskFacts of(List<ScheduleTask> tasks, WorkCalendar plan) {
        return new TaskFacts(tasks, plan);
    }
}
