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

    /** The preview to apply, by the fingerprint it answered. */
    record ApplyForm(@NotBlank @Size(max = 64) String fingerprint) {
    }

    @Schema(name = "LevellingPreview")
    record Preview(String programId, String fingerprint, String priority, boolean withinFloat, List<MoveView> moves,
                   List<GoLiveChange> goLiveChanges, BigDecimal excessHoursBefore, BigDecimal excessHoursAfter,
                   List<CapacityView.OverAllocationView> remaining) {

        static Preview of(String programId, Levelling.Prepared prepared) {
            LevellingPlan plan = prepared.plan();
            return new Preview(programId, prepared.fingerprint(), PRIORITY, true,
                    plan.moves().stream().map(MoveView::of).toList(), List.of(), Hours.decimal(plan.excessBefore()),
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

    /** A rollout's go-live date levelling would move; none while tasks move within their free float. */
    @Schema(name = "LevellingGoLiveChange")
    record GoLiveChange(String rolloutId, LocalDate from, LocalDate to) {
    }

    @Schema(name = "LevellingRun")
    record RunView(String runId, String programId, String status, Instant startedAt, Instant appliedAt,
                   int tasks, List<RolloutView> rollouts) {

        static RunView of(LevellingRun run) {
            return new RunView(run.id(), run.programId(), run.status().name(), run.startedAt(), run.appliedAt(),
                    run.tasks(), run.rollouts().stream().map(r -> new RolloutView(r.rolloutId(), r.done(),
                    r.delays().size(), r.refused())).toList());
        }
    }

    @Schema(name = "LevellingRunRollout")
    record RolloutView(String rolloutId, boolean done, int tasks, List<String> refused) {
    }
}
