package org.golive.planning.rollout;

import org.golive.planning.plan.Move;
import org.golive.planning.plan.Rescheduled;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.golive.planning.plan.SitePlan;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A go-live move tried out: the plan is rescheduled in memory against the new date and the answer says what the move
 * would do, so a project manager sees it before confirming the move. Nothing is stored and no event is raised.
 */
@Tag(name = "Site plans", description = "A site's implementation plan, anchored to its go-live date and scheduled")
@RestController
class GoLivePreviewController {

    private final PlanCommands commands;
    private final Clock clock;

    GoLivePreviewController(PlanCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    record PreviewGoLive(@NotNull LocalDate goLiveDate,
                         @Schema(description = "The rollout's version read; a stale one is refused (409)")
                         Long version) {
    }

    /**
     * What the move would do. {@code version} is the rollout's version the preview was computed on: the move sent
     * with it is refused (409) if the rollout changed since, so the confirmed move is the one previewed.
     */
    record GoLivePreview(String rolloutId, LocalDate currentGoLiveDate, LocalDate goLiveDate,
                         List<Move> moved, List<String> criticalPath, LocalDate planFinish, long version) {
    }

    @Operation(operationId = "previewGoLive", summary = "Preview a go-live move: the tasks that would move (from/to) and the new critical path; "
            + "nothing is stored and no event is published",
            description = "The same rules as the move (the go-live window: 422 naming goLiveDate; who may move it)."
                    + " Confirm with PUT /rollouts/{id}/go-live and the answer's version.")
    @PostMapping("/rollouts/{rolloutId}/go-live/preview")
    GoLivePreview preview(@PathVariable String rolloutId, @Valid @RequestBody PreviewGoLive request) {
        Rollout rollout = commands.readToChange(rolloutId);
        if (request.version() != null) {
            rollout.expectVersion(request.version());
        }
        LocalDate current = rollout.goLiveDate();
        // The rollout read is this request's own copy (tasks are immutable records): moving it changes no one else's.
        Rescheduled rescheduled = rollout.moveGoLive(request.goLiveDate(), "preview", clock.instant())
                .result();
        return new GoLivePreview(rolloutId, current, rollout.goLiveDate(), rescheduled.moved(),
                rollout.sitePlan().map(SitePlan::criticalPath).orElse(List.of()),
                rollout.sitePlan().map(SitePlan::finish).orElse(null), rollout.version());
    }
}
