package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * What the passes ask of every task, as arrays by position, read from the task objects once in input order. The
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
    /** Whether a task not started is as late as possible: the plan then takes a second forward pass. */
    final boolean asLateAsPossible;

    private TaskFacts(boolean[] started, boolean[] done, Constraint[] constraint, LocalDate[] deadline,
                      boolean asLateAsPossible) {
        this.started = started;
        this.done = done;
        this.constraint = constraint;
        this.deadline = deadline;
        this.asLateAsPossible = asLateAsPossible;
    }

    static TaskFacts of(List<ScheduleTask> tasks) {
        int size = tasks.size();
        boolean[] started = new boolean[size];
        boolean[] done = new boolean[size];
        Constraint[] constraint = new Constraint[size];
        LocalDate[] deadline = new LocalDate[size];
        boolean asLateAsPossible = false;
        for (int v = 0; v < size; v++) {
            ScheduleTask task = tasks.get(v);
            Progress progress = task.progress();
            started[v] = progress.isStarted();
            done[v] = progress.isDone();
            constraint[v] = task.constraint();
            deadline[v] = task.deadline();
            asLateAsPossible |= !started[v] && constraint[v] != null && constraint[v].type() == ConstraintType.ALAP;
        }
        return new TaskFacts(started, done, constraint, deadline, asLateAsPossible);
    }
}
