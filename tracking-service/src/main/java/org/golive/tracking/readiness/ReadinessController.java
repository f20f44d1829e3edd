package org.golive.tracking.readiness;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

@Tag(name = "Readiness", description = "A site's go-live readiness scorecard: criteria by domain, the weighted score"
        + " with its critical gate, and its history")
@RestController
class ReadinessController {

    private final Scorecards scorecards;
    private final RolloutAccess access;
    private final Clock clock;

    ReadinessController(Scorecards scorecards, RolloutAccess access, Clock clock) {
        this.scorecards = scorecards;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param attainment percent reached, 0 to 100; the criterion is met at its pass level
     * @param evidence   what shows it (a sign-off, a report, a link)
     */
    record AssessmentForm(@NotNull @Min(0) @Max(100) Integer attainment, @Size(max = 2000) String evidence,
                          @Size(max = 2000) String note) {
    }

    @Operation(summary = "The site's readiness scorecard: criteria, score, rating, checkpoints, training figures",
            description = "Seeded when the site's plan is instantiated; 404 before.")
    @GetMapping("/readiness/rollouts/{rolloutId}")
    ScorecardView scorecard(@PathVariable String rolloutId) {
        Scorecard card = scorecards.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return ScorecardView.of(card);
    }

    @Operation(summary = "The scorecard's history: every assessment and every change its feeds made, oldest first")
    @GetMapping("/readiness/rollouts/{rolloutId}/history")
    List<Revision> history(@PathVariable String rolloutId) {
        Scorecard card = scorecards.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return card.history();
    }

    @Operation(summary = "Assess a criterion: its attainment and evidence; kept in the history, published",
            description = "The last word wins: a later change of what feeds the criterion (its tagged tasks, the"
                    + " training figures) moves it again.")
    @PutMapping("/readiness/rollouts/{rolloutId}/criteria/{criterionId}/assessment")
    ScorecardView.CriterionView assess(@PathVariable String rolloutId, @PathVariable String criterionId,
                                       @Valid @RequestBody AssessmentForm form) {
        scorecards.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        return scorecards.change(rolloutId, card -> card.assess(criterionId, form.attainment(), form.evidence(),
                form.note(), Caller.current().name(), clock.instant()),
                card -> ScorecardView.CriterionView.of(card.criterion(criterionId)));
    }
}
