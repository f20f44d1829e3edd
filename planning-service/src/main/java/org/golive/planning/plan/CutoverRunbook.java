package org.golive.planning.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The go-live window of a site plan as a cutover runbook: every task whose time overlaps GL-2 00:00 .. GL+3 00:00
 * (the days GL-2 to GL+2), in order of its start moment, with its owners. A milestone in the window is a checkpoint
 * (a go/no-go call, a rollback deadline); a task whose title starts with "Downtime" is a downtime window, the hours
 * the site works on paper.
 */
public final class CutoverRunbook {

    /** What a runbook line is. */
    public enum Kind { TASK, CHECKPOINT, DOWNTIME }

    /**
     * @param responsible the parties RESPONSIBLE for the task (its owners on the night)
     * @param accountable the party ACCOUNTABLE, or null
     */
    public record Step(String taskId, String wbs, String title, Kind kind, LocalDateTime start, LocalDateTime finish,
                       String duration, List<String> responsible, String accountable, TaskStatus status,
                       boolean critical) {
    }

    public record Window(LocalDateTime from, LocalDateTime to) {
    }

    /**
     * @param window      GL-2 00:00 to GL+3 00:00
     * @param checkpoints the checkpoints' steps, in order
     * @param downtime    the downtime windows' steps, in order
     */
    public record Runbook(LocalDate goLiveDate, Window window, List<Step> steps, List<Step> checkpoints,
                          List<Step> downtime) {
    }

    private CutoverRunbook() {
    }

    public static Runbook of(List<PlanTask> tasks, LocalDate goLive) {
        Window window = new Window(goLive.minusDays(2).atStartOfDay(), goLive.plusDays(3).atStartOfDay());
        List<Step> steps = tasks.stream()
                .filter(task -> task.scheduled() != null && task.scheduled().startTime() != null)
                .filter(task -> overlaps(task.scheduled(), window))
                .map(CutoverRunbook::step)
                .sorted(Comparator.comparing(Step::start).thenComparing(Step::finish).thenComparing(Step::wbs,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Runbook(goLive, window, steps, steps.stream().filter(s -> s.kind() == Kind.CHECKPOINT).toList(),
                steps.stream().filter(s -> s.kind() == Kind.DOWNTIME).toList());
    }

    private static boolean overlaps(ScheduledDates dates, Window window) {
        // A milestone at the window's end belongs to the day after it; one at its start is in.
        return dates.startTime().isBefore(window.to())
                && (dates.finishTime().isAfter(window.from()) || dates.finishTime().equals(dates.startTime())
                && !dates.startTime().isBefore(window.from()));
    }

    private static Step step(PlanTask task) {
        TaskDefinition definition = task.definition();
        List<String> responsible = definition.raci().assignments().stream()
                .filter(a -> a.role() == Raci.Role.RESPONSIBLE).map(Raci.Assignment::party).toList();
        String accountable = definition.raci().assignments().stream()
                .filter(a -> a.role() == Raci.Role.ACCOUNTABLE).map(Raci.Assignment::party).findFirst().orElse(null);
        return new Step(task.id(), definition.wbs(), definition.title(), kind(task), task.scheduled().startTime(),
                task.scheduled().finishTime(), definition.scheduleDuration().toString(), responsible, accountable,
                task.status(), task.scheduled().critical());
    }

    private static Kind kind(PlanTask task) {
        if (task.milestone()) {
            return Kind.CHECKPOINT;
        }
        return task.definition().title().toLowerCase(Locale.ROOT).startsWith("downtime") ? Kind.DOWNTIME : Kind.TASK;
    }
}
