package org.golive.planning.plan;

import org.golive.platform.problem.RuleViolationException;

import java.time.LocalDate;

/**
 * Progress someone records on a task. Missing values are inferred the way a project manager would: finishing a task
 * today, starting it today, 100 % when done. Actual dates never lie in the future.
 *
 * @param status          null to infer it from the percentage
 * @param percentComplete null to keep (or infer from the status)
 */
public record ProgressReport(TaskStatus status, Integer percentComplete, LocalDate actualStart,
                             LocalDate actualFinish) {

    PlanTask applyTo(PlanTask task, LocalDate today) {
        TaskStatus newStatus = status != null ? status : inferredStatus(task);
        return switch (newStatus) {
            case NOT_STARTED -> notStarted(task);
            case IN_PROGRESS -> inProgress(task, today);
            case DONE -> done(task, today);
        };
    }

    private TaskStatus inferredStatus(PlanTask task) {
        if (percentComplete == null) {
            if (actualFinish != null) {
                return TaskStatus.DONE;
            }
            return actualStart != null ? TaskStatus.IN_PROGRESS : task.status();
        }
        if (percentComplete == 100) {
            return TaskStatus.DONE;
        }
        return percentComplete == 0 && actualStart == null ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
    }

    private PlanTask notStarted(PlanTask task) {
        if (percentComplete != null && percentComplete != 0 || actualStart != null || actualFinish != null) {
            throw new RuleViolationException("status", "A task not started has no actual dates and 0 % complete");
        }
        return task.progressed(TaskStatus.NOT_STARTED, 0, null, null);
    }

    private PlanTask inProgress(PlanTask task, LocalDate today) {
        if (actualFinish != null) {
            throw new RuleViolationException("actualFinish", "A task in progress has no actual finish; mark it DONE");
        }
        if (task.milestone()) {
            throw new RuleViolationException("status", "A milestone is either reached (DONE) or not (NOT_STARTED)");
        }
        int percent = percentComplete != null ? percentComplete : task.done() ? 0 : task.percentComplete();
        if (percent >= 100) {
            throw new RuleViolationException("percentComplete", "A task in progress is less than 100 % complete");
        }
        LocalDate started = firstNonNull(actualStart, task.actualStart(), today);
        notInFuture("actualStart", started, today);
        return task.progressed(TaskStatus.IN_PROGRESS, percent, started, null);
    }

    private PlanTask done(PlanTask task, LocalDate today) {
        if (percentComplete != null && percentComplete != 100) {
            throw new RuleViolationException("percentComplete", "A task done is 100 % complete");
        }
        LocalDate finished = firstNonNull(actualFinish, today, today);
        LocalDate started = task.milestone() ? finished : firstNonNull(actualStart, task.actualStart(), finished);
        notInFuture("actualFinish", finished, today);
        notInFuture("actualStart", started, today);
        if (finished.isBefore(started)) {
            throw new RuleViolationException("actualFinish", "The actual finish " + finished
                    + " lies before the actual start " + started);
        }
        return task.progressed(TaskStatus.DONE, 100, started, finished);
    }

    private static void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new RuleViolationException(field, "An actual date cannot lie in the future: " + date + " is after "
                    + today);
        }
    }

    private static LocalDate firstNonNull(LocalDate first, LocalDate second, LocalDate third) {
        return first != null ? first : second != null ? second : third;
    }
}
