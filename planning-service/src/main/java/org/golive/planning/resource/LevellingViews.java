package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the levelling endpoints take and answer. */
final class LevellingViews {

    static final String PRIORITY = "rollout priority (1-1000, 500 unless set), then go-live order: tasks of the"
            + " lowest priority and, among equals, the latest go-live move first";

    private LevellingViews() {
    }

    /**
     * The preview to apply, by the fingerprint it answered and as it was asked.
     *
     * @param beyondFloat true when the preview was asked beyond float
     * @param maxWeeks    the preview's maxWeeks, if it was given one
     */
    record ApplyForm(@NotBlank @Size(max = 64) String fingerprint, Boolean beyondFloat, Integer maxWeeks) {
    }

    @Schema(name = "LevellingPreview")
    record Preview(String programId, String fingerprint, String priority, boolean withinFloat, List<MoveView> moves,
                   List<GoLiveChange> goLiveChanges, BigDecimal excessHoursBefore, BigDecimal excessHoursAfter,
                   List<CapacityView.OverAllocationView> remaining) {

        static Preview of(String programId, Levelling.Prepared prepared) {
            LevellingPlan plan = prepared.plan();
            return new Preview(programId, prepared.fingerprint(), PRIORITY, !prepared.asked().beyondFloat(),
                    plan.moves().stream().map(MoveView::of).toList(),
                    plan.goLiveChanges().stream().map(GoLiveChange::of).toList(), Hours.decimal(plan.excessBefore()),
                    Hours.decimal(plan.excessAfter()), plan.remaining().stream().map(o ->
                            new CapacityView.OverAllocationView(o.resourceId(), o.resourceName(), o.week(),
                                    Hours.decimal(o.capacity()), Hours.decimal(o.demand()), o.tasks().stream()
                                    .map(s -> new CapacityView.TaskShare(s.rolloutId(), s.taskId(),
                                            Hours.decimal(s.hours()))).toList())).toList());
        }
    }

    @Schema(name = "LevellingMove")
    record MoveView(String rolloutId, String taskId, LocalDate fromStart, LocalDate fromFinish, LocalDate toStart,
                    LocalDate toFinish, int workingDays, BigDecimal overAllocationRemovedHours) {

        static MoveView of(LevellingPlan.Move move) {
            return new MoveView(move.rolloutId(), move.taskId(), move.fromStart(), move.fromFinish(), move.toStart(),
                    move.toFinish(), move.workingDays(), Hours.decimal(move.removedCentihours()));
        }
    }

    /**
     * A rollout's go-live date levelling would move (only beyond float), by whole weeks, and every task that move
     * shifts (before any delay within float, listed in moves from the shifted dates).
     */
    @Schema(name = "LevellingGoLiveChange")
    record GoLiveChange(String rolloutId, LocalDate from, LocalDate to, int weeks, List<TaskShift> tasks) {

        static GoLiveChange of(LevellingPlan.GoLiveChange change) {
            return new GoLiveChange(change.rolloutId(), change.from(), change.to(), change.weeks(), change.tasks()
                    .stream().map(m -> new TaskShift(m.taskId(), m.previousStart(), m.previousFinish(), m.start(),
                            m.finish())).toList());
        }
    }

    @Schema(name = "LevellingTaskShift")
    record TaskShift(String taskId, LocalDate fromStart, LocalDate fromFinish, LocalDate toStart,
                     LocalDate toFinish) {
    }

    @Schema(name = "LevellingRun")
    record RunView(String runId, String programId, String status, Instant startedAt, Instant appliedAt,
                   int tasks, List<RolloutView> rollouts) {

        static RunView of(LevellingRun run) {
            return new RunView(run.id(), run.programId(), run.status().name(), run.startedAt(), run.appliedAt(),
                    run.tasks(), run.rollouts().stream().map(r -> new RolloutView(r.rolloutId(), r.done(),
                    r.goLive() == null ? null : r.goLive().from(), r.goLive() == null ? null : r.goLive().to(),
                    r.goLiveRefused(), r.delays().size(), r.refused())).toList());
        }
    }

    /**
     * @param goLiveFrom    the go-live the run moves (null: it moves none of this rollout)
     * @param goLiveRefused the rollout changed after the run was recorded: neither its go-live nor its tasks moved
     */
    @Schema(name = "LevellingRunRollout")
    record RolloutView(String rolloutId, boolean done, LocalDate goLiveFrom, LocalDate goLiveTo,
                       boolean goLiveRefused, int tasks, List<String> refused) {
    }
}
