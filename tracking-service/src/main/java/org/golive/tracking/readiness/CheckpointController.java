package org.golive.tracking.readiness;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.PlainText;
import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.Role;
import org.golive.platform.security.RolloutAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Set;

@Tag(name = "Go/no-go", description = "Checkpoints before go-live (GL-30, GL-7): a named panel votes, the decision is"
        + " recorded once with the scorecard state it was taken on")
@RestController
class CheckpointController {

    private final Scorecards scorecards;
    private final RolloutAccess access;
    private final Clock clock;

    CheckpointController(Scorecards scorecards, RolloutAccess access, Clock clock) {
        this.scorecards = scorecards;
        this.access = access;
        this.clock = clock;
    }

    record CheckpointForm(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9+-]+") String name,
                          @NotNull @Min(0) @Max(365) Integer daysBeforeGoLive) {
    }

    record PanelForm(@NotEmpty @Size(max = 25) List<@NotBlank @Size(max = 100) @PlainText String> members,
                     @Size(max = 100) @PlainText String chair) {
    }

    /** @param member whom the vote is for: the caller by default; the PMO may record a member's vote in a meeting */
    record VoteForm(@NotNull VoteValue vote, @Size(max = 2000) String comment,
                    @Size(max = 100) @PlainText String member) {
    }

    record DecisionForm(@NotNull VoteValue outcome,
                        @Size(max = 20) List<@NotBlank @Size(max = 500) String> conditions,
                        @Size(max = 4000) String rationale) {
    }

    @Operation(summary = "Add a checkpoint (GL-30 and GL-7 come with every scorecard)")
    @PostMapping("/readiness/rollouts/{rolloutId}/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    ScorecardView.CheckpointView add(@PathVariable String rolloutId, @Valid @RequestBody CheckpointForm form) {
        changeable(rolloutId);
        return scorecards.change(rolloutId, card -> card.addCheckpoint(form.name(), form.daysBeforeGoLive()),
                card -> view(card, form.name()));
    }

    @GetMapping("/readiness/rollouts/{rolloutId}/checkpoints/{name}")
    ScorecardView.CheckpointView checkpoint(@PathVariable String rolloutId, @PathVariable String name) {
        Scorecard card = scorecards.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return view(card, name);
    }

    @Operation(summary = "Name the checkpoint's panel and chair (before anyone votes)")
    @PutMapping("/readiness/rollouts/{rolloutId}/checkpoints/{name}/panel")
    ScorecardView.CheckpointView panel(@PathVariable String rolloutId, @PathVariable String name,
                                       @Valid @RequestBody PanelForm form) {
        changeable(rolloutId);
        return scorecards.change(rolloutId, card -> card.namePanel(name, form.members(), form.chair()),
                card -> view(card, name));
    }

    @Operation(summary = "Vote go, no-go or go with conditions (a later vote replaces yours)",
            description = "A panel member votes as themselves; someone not on the panel is refused with 403. The PMO"
                    + " (or the rollout's project manager) may record a named member's vote: a member not on the"
                    + " panel is then 422. After the decision, 409.")
    @PostMapping("/readiness/rollouts/{rolloutId}/checkpoints/{name}/votes")
    ScorecardView.CheckpointView vote(@PathVariable String rolloutId, @PathVariable String name,
                                      @Valid @RequestBody VoteForm form) {
        scorecards.get(rolloutId);
        Caller caller = Caller.current();
        boolean forSelf = form.member() == null || form.member().equals(caller.name());
        if (!forSelf && !(caller.hasAny(Set.of(Role.PMO_ADMIN, Role.PROJECT_MANAGER))
                && access.may(rolloutId, RolloutAccess.Action.CHANGE))) {
            throw new ForbiddenException("Only the PMO or the rollout's project manager records another member's"
                    + " vote");
        }
        String member = forSelf ? caller.name() : form.member();
        return scorecards.change(rolloutId, card -> card.vote(name, member, forSelf, form.vote(), form.comment(),
                caller.name(), clock.instant()), card -> view(card, name));
    }

    @Operation(summary = "Record the panel's decision, once (a second one is 409)",
            description = "By the chair or the PMO; needs the votes of a majority of the panel; GO is refused while a"
                    + " critical criterion fails (422); GO_WITH_CONDITIONS names its conditions. The decision keeps"
                    + " the scorecard revision, score and rating it was taken on.")
    @PostMapping("/readiness/rollouts/{rolloutId}/checkpoints/{name}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    ScorecardView.CheckpointView decide(@PathVariable String rolloutId, @PathVariable String name,
                                        @Valid @RequestBody DecisionForm form) {
        Scorecard current = scorecards.get(rolloutId);
        Caller caller = Caller.current();
        if (!current.checkpoint(name).mayDecide(caller.name()) && !caller.hasAny(Set.of(Role.PMO_ADMIN))) {
            throw new ForbiddenException("Only the chair of checkpoint " + name + " or the PMO records its decision");
        }
        return scorecards.change(rolloutId, card -> card.decide(name, form.outcome(),
                form.conditions() == null ? List.of() : form.conditions(), form.rationale(), caller.name(),
                clock.instant()), card -> view(card, name));
    }

    private void changeable(String rolloutId) {
        scorecards.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
    }

    private static ScorecardView.CheckpointView view(Scorecard card, String name) {
        return ScorecardView.CheckpointView.of(card.checkpoint(name), card.goLiveDate());
    }
}
