package org.golive.tracking.readiness;

import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.tracking.readiness.ScorecardMother.NOW;

class CheckpointTest {

    private static final ReadinessScore READY = new ReadinessScore(new java.math.BigDecimal("95.0"),
            new java.math.BigDecimal("95.0"), Rating.READY, false, List.of());
    private static final ReadinessScore GATED = new ReadinessScore(new java.math.BigDecimal("88.0"),
            new java.math.BigDecimal("50.0"), Rating.NOT_READY, true, List.of("conversion-validated"));

    private static Checkpoint panelOfThree() {
        return Checkpoint.named("GL-7", 7).withPanel(List.of("cmio", "cno", "cio"), "cmio");
    }

    @Test
    void someoneNotOnThePanelVotingAsThemselvesIsForbiddenAndANamedStrangerIsARuleViolation() {
        assertThatThrownBy(() -> panelOfThree().withVote("visitor", true, VoteValue.GO, null, "visitor", NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> panelOfThree().withVote("visitor", false, VoteValue.GO, null, "pmo", NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aMembersLaterVoteReplacesTheirEarlierOne() {
        Checkpoint checkpoint = panelOfThree().withVote("cno", true, VoteValue.NO_GO, "Not yet", "cno", NOW)
                .withVote("cno", true, VoteValue.GO, "Now yes", "cno", NOW);

        assertThat(checkpoint.votes()).singleElement().extracting(Vote::vote).isEqualTo(VoteValue.GO);
    }

    @Test
    void aDecisionIsRecordedOnceAndClosesTheVote() {
        Checkpoint decided = panelOfThree().withVote("cmio", true, VoteValue.GO, null, "cmio", NOW)
                .withVote("cio", true, VoteValue.GO, null, "cio", NOW)
                .decided(VoteValue.GO, List.of(), null, "cmio", NOW, 4, READY);

        assertThatThrownBy(() -> decided.decided(VoteValue.NO_GO, List.of(), null, "cmio", NOW, 5, READY))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> decided.withVote("cno", true, VoteValue.GO, null, "cno", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(decided.decision().scorecardRevision()).isEqualTo(4);
    }

    @Test
    void aDecisionNeedsAMajorityOfThePanel() {
        Checkpoint oneVote = panelOfThree().withVote("cmio", true, VoteValue.GO, null, "cmio", NOW);

        assertThatThrownBy(() -> oneVote.decided(VoteValue.GO, List.of(), null, "cmio", NOW, 1, READY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("1 of 3");
    }

    @Test
    void goIsRefusedWhileACriticalCriterionFailsAndAGoWithConditionsNamesThem() {
        Checkpoint voted = panelOfThree().withVote("cmio", true, VoteValue.GO, null, "cmio", NOW)
                .withVote("cio", true, VoteValue.GO_WITH_CONDITIONS, null, "cio", NOW);

        assertThatThrownBy(() -> voted.decided(VoteValue.GO, List.of(), null, "cmio", NOW, 1, GATED))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("conversion-validated");
        assertThatThrownBy(() -> voted.decided(VoteValue.GO_WITH_CONDITIONS, List.of(), null, "cmio", NOW, 1, GATED))
                .isInstanceOf(RuleViolationException.class);
        Checkpoint decided = voted.decided(VoteValue.GO_WITH_CONDITIONS, List.of("Reconcile the last mock load"),
                null, "cmio", NOW, 1, GATED);
        assertThat(decided.decision().gated()).isTrue();
    }

    @Test
    void thePanelIsFixedOnceAnyoneVoted() {
        Checkpoint voted = panelOfThree().withVote("cmio", true, VoteValue.GO, null, "cmio", NOW);

        assertThatThrownBy(() -> voted.withPanel(List.of("cmio"), "cmio")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Checkpoint.named("GL-7", 7).withPanel(List.of("a", "a"), null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Checkpoint.named("GL-7", 7).withPanel(List.of("a"), "b"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Checkpoint.named("GL-7", 7).withVote("a", true, VoteValue.GO, null, "a", NOW))
                .as("no panel yet").isInstanceOf(RuleViolationException.class);
    }
}
