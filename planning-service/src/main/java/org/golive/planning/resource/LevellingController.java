package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.golive.platform.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Resources")
@RestController
@RequestMapping("/programs/{programId}/levelling")
class LevellingController {

    private final Levelling levelling;
    private final LevellingRuns runs;

    LevellingController(Levelling levelling, LevellingRuns runs) {
        this.levelling = levelling;
        this.runs = runs;
    }

    @Operation(summary = "Preview levelling: the tasks it would delay within their free float to remove"
            + " over-allocations (the lowest priority, then the latest go-live, first), the go-live dates it would"
            + " move (none unless beyondFloat), what over-allocation would remain, and the fingerprint to apply it by",
            description = "beyondFloat=true: where delays within float leave over-allocation, the go-lives of the"
                    + " rollouts taking part in it move later by whole weeks (at most maxWeeks, 1-26, 8 unless set;"
                    + " the lowest-ranked rollout first, priority 1000 never), by the plan's own go-live move, and"
                    + " the moved program is levelled within float again; goLiveChanges lists each move with the"
                    + " tasks it shifts. Nothing is stored.")
    @GetMapping("/preview")
    LevellingViews.Preview preview(@PathVariable String programId,
                                   @RequestParam(required = false) Boolean beyondFloat,
                                   @RequestParam(required = false) Integer maxWeeks) {
        return LevellingViews.Preview.of(programId, levelling.prepare(programId,
                Levelling.Asked.of(beyondFloat, maxWeeks)));
    }

    @Operation(summary = "Apply a levelling preview by its fingerprint, with the beyondFloat and maxWeeks it was"
            + " asked with (409 when the pool, assignments or a plan changed since, or it was asked otherwise): 200"
            + " when every rollout is written, 202 when the run stopped midway and resumes")
    @PostMapping
    ResponseEntity<LevellingViews.RunView> apply(@PathVariable String programId,
                                                 @Valid @RequestBody LevellingViews.ApplyForm form) {
        LevellingRun run = levelling.apply(programId, form.fingerprint(),
                Levelling.Asked.of(form.beyondFloat(), form.maxWeeks()));
        return ResponseEntity.status(run.status() == LevellingRun.Status.APPLIED ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(LevellingViews.RunView.of(run));
    }

    @Operation(summary = "A levelling run: which rollouts are written, the tasks refused")
    @GetMapping("/runs/{runId}")
    LevellingViews.RunView run(@PathVariable String programId, @PathVariable String runId) {
        return runs.find(runId).filter(run -> run.programId().equals(programId)).map(LevellingViews.RunView::of)
                .orElseThrow(() -> new NotFoundException("Levelling run", runId));
    }
}
