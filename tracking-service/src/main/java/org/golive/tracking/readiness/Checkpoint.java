package org.golive.tracking.readiness;

import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.problem.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A go/no-go checkpoint some days before go-live (GL-30, GL-7): a named panel, each member's vote, and one decision.
 *
 * @param chair who records the decision (with the PMO)
 */
public record Checkpoint(String name, int daysBeforeGoLive, List<String> panel, String chair, List<Vote> votes,
                         Decision decision) {

    public Checkpoint {
        panel = List.copyOf(panel);
        votes = List.copyOf(votes);
    }

    static Checkpoint named(String name, int daysBeforeGoLive) {
        return new Checkpoint(name, daysBeforeGoLive, List.of(), null, List.of(), null);
    }

    public LocalDate dateFor(LocalDate goLive) {
        return goLive == null ? null : goLive.minusDays(daysBeforeGoLive);
    }

    /** Names the panel; refused once anyone voted (the votes were cast before this panel) or after the decision. */
    Checkpoint withPanel(List<String> members, String newChair) {
        requireOpen();
        if (!votes.isEmpty()) {
            throw new ConflictException("Checkpoint " + name + " has votes: its panel can no longer change");
        }
        if (members.isEmpty() || members.stream().distinct().count() != members.size()) {
            throw new RuleViolationException("members", "Name each panel member once, at least one");
        }
        if (newChair != null && !members.contains(newChair)) {
            throw new RuleViolationException("chair", "The chair (" + newChair + ") must be on the panel");
        }
        return new Checkpoint(name, daysBeforeGoLive, members, newChair, votes, decision);
    }

    /**
     * Records a member's vote (again: the later vote replaces theirs). A caller voting as themselves who is not on the
     * panel is refused (403); the PMO naming someone not on the panel made a mistake in the request (422).
     */
    Checkpoint withVote(String member, boolean forSelf, VoteValue vote, String comment, String by, Instant at) {
        requireOpen();
        if (panel.isEmpty()) {
            throw new RuleViolationException("panel", "Checkpoint " + name + " has no panel yet: name it first");
        }
        if (!panel.contains(member)) {
            if (forSelf) {
                throw new ForbiddenException("You (" + member + ") are not on the panel of checkpoint " + name);
            }
            throw new RuleViolationException("member", member + " is not on the panel of checkpoint " + name);
        }
        List<Vote> next = new ArrayList<>(votes.stream().filter(v -> !v.member().equals(member)).toList());
        next.add(new Vote(member, vote, comment, by, at));
        return new Checkpoint(name, daysBeforeGoLive, panel, chair, next, decision);
    }

    /**
     * Records the decision, once. It needs the votes of a majority of the panel; a GO while a critical criterion
     * fails is refused (decide GO_WITH_CONDITIONS naming them, or NO_GO); GO_WITH_CONDITIONS names its conditions.
     */
    Checkpoint decided(VoteValue outcome, List<String> conditions, String rationale, String by, Instant at,
                       int revision, ReadinessScore score) {
        requireOpen();
        if (votes.size() * 2 <= panel.size()) {
            throw new RuleViolationException("votes", "A decision needs the votes of a majority of the panel: "
                    + votes.size() + " of " + panel.size() + " voted");
        }
        if (outcome == VoteValue.GO && score.gated()) {
            throw new RuleViolationException("outcome", "Critical criteria are not met (" + String.join(", ",
                    score.failingCritical()) + "): decide GO_WITH_CONDITIONS naming them, or NO_GO");
        }
        if (outcome == VoteValue.GO_WITH_CONDITIONS && conditions.isEmpty()) {
            throw new RuleViolationException("conditions", "A go with conditions names its conditions");
        }
        Decision decision = new Decision(outcome, List.copyOf(conditions), rationale, by, at, revision,
                score.score(), score.rating(), score.gated(), score.failingCritical());
        return new Checkpoint(name, daysBeforeGoLive, panel, chair, votes, decision);
    }

    boolean mayDecide(String caller) {
        return caller.equals(chair);
    }

    private void requireOpen() {
        if (decision != null) {
            throw new ConflictException("Checkpoint " + name + " was decided (" + decision.outcome() + ", by "
                    + decision.decidedBy() + "): a decision is recorded once");
        }
    }
}
