package org.golive.tracking.readiness;

import org.golive.contract.tracking.GoNoGoDecided;
import org.golive.contract.tracking.ReadinessAssessed;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.NotFoundException;
import org.golive.tracking.training.RoleGroupTraining;
import org.golive.tracking.training.TrainingFigures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.tracking.readiness.ScorecardMother.NOW;

class ScorecardTest {

    @Test
    void aSeededScorecardCoversEveryDomainTakesTheTemplatesTagsAndLeavesOutcomeTagsOut() {
        Changed<Scorecard> seeded = Scorecard.seed("r-1", "p-1", ScorecardMother.GO_LIVE,
                ScorecardMother.standardTags(), Map.of("device-install", true), 10, NOW);
        Scorecard card = seeded.result();

        assertThat(card.criteria()).extracting(Criterion::domain).contains(Domain.values());
        assertThat(card.criterion("devices-installed").attainment()).as("its one tagged task is done").isEqualTo(100);
        Criterion kiosks = card.criterion("patient-kiosks-certified");
        assertThat(kiosks.domain()).as("from its phase").isEqualTo(Domain.TESTING);
        assertThat(kiosks.criticality()).isEqualTo(Criticality.MAJOR);
        assertThat(card.criteria()).extracting(Criterion::name).doesNotContain("Go decision recorded");
        assertThat(card.checkpoints()).extracting(Checkpoint::name).containsExactly("GL-30", "GL-7");
        assertThat(card.checkpoint("GL-7").dateFor(card.goLiveDate())).hasToString("2027-05-29");
        ReadinessAssessed event = (ReadinessAssessed) seeded.events().get(0).data();
        assertThat(event.cause()).isEqualTo("PLAN");
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.gated()).isTrue();
    }

    @Test
    void aTaggedTaskDoneMeetsItsCriterionAndAReopenedOneUnmeetsIt() {
        Scorecard card = ScorecardMother.seeded();

        Changed<Scorecard> done = card.taskProgressed(11, "build-complete", true, NOW);
        assertThat(card.criterion("build-signed-off").status()).isEqualTo(CriterionStatus.MET);
        assertThat(((ReadinessAssessed) done.events().get(0).data()).cause()).isEqualTo("TASK_PROGRESS");

        card.taskProgressed(12, "build-complete", false, NOW);
        assertThat(card.criterion("build-signed-off").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(card.hasApplied(12)).isTrue();
        assertThat(card.taskProgressed(13, "kickoff", true, NOW).raisedEvents()).as("an untagged task").isFalse();
    }

    @Test
    void aTaskAddedWithANewTagBringsItsCriterionAndARetaggedTaskLeavesItsOldOne() {
        Scorecard card = ScorecardMother.seeded();

        card.taskChanged(11, new StandardCriteria.TaggedTask("lab-cutover", "Lab results verified", "go-live",
                "Lab Director"), true, NOW);
        assertThat(card.criterion("lab-results-verified").status()).isEqualTo(CriterionStatus.MET);
        assertThat(card.criterion("lab-results-verified").domain()).isEqualTo(Domain.COMMAND_CENTER);

        card.taskChanged(12, new StandardCriteria.TaggedTask("build-complete", "Lab results verified",
                "design-build", "CMIO"), false, NOW);
        assertThat(card.criterion("lab-results-verified").attainment()).as("1 of 2 tasks done").isEqualTo(50);
        assertThat(card.criterion("build-signed-off").attainment()).as("no task evidences it now").isZero();
    }

    @Test
    void trainingFiguresFeedTheTrainingCriteriaInsteadOfTheirTasks() {
        Scorecard card = ScorecardMother.seeded();
        card.taskProgressed(11, "end-user-training", true, NOW);
        assertThat(card.criterion("end-users-trained").attainment()).isEqualTo(100);

        card.recordTraining(new TrainingFigures(10, List.of(
                new RoleGroupTraining("Nursing", 100, 89, 80, 10, 3, 3))), "trainer", NOW);

        assertThat(card.criterion("end-users-trained").attainment()).isEqualTo(89);
        assertThat(card.criterion("end-users-trained").status()).as("89% of a 90% level")
                .isEqualTo(CriterionStatus.PARTIAL);
        assertThat(card.criterion("proficiency").attainment()).isEqualTo(89); // 80 of 89
        assertThat(card.criterion("super-user-ratio").met()).isTrue();
        assertThat(card.criterion("shift-coverage").met()).isTrue();
        assertThat(card.history()).last().extracting(Revision::cause).isEqualTo(Revision.Cause.TRAINING);
    }

    @Test
    void everyAssessmentIsKeptInTheHistoryWithTheScoreAfterIt() {
        Scorecard card = ScorecardMother.seeded();

        card.assess("support-model", 100, "Runbook v2", "Signed by IT ops", "pmo", NOW);
        card.assess("support-model", 100, "Runbook v2", "Confirmed again", "pmo", NOW);

        assertThat(card.history()).hasSize(3);
        Revision last = card.history().get(2);
        assertThat(last.revision()).isEqualTo(3);
        assertThat(last.by()).isEqualTo("pmo");
        assertThat(last.note()).isEqualTo("Confirmed again");
        assertThat(last.changes()).singleElement().extracting(Revision.Change::previousStatus)
                .isEqualTo(CriterionStatus.MET);
        assertThatThrownBy(() -> card.assess("no-such", 1, null, null, "pmo", NOW))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDecisionNamesTheScorecardStateItWasTakenOn() {
        Scorecard card = ScorecardMother.ready();
        card.namePanel("GL-7", List.of("cmio", "cno", "cio"), "cmio");
        card.vote("GL-7", "cmio", true, VoteValue.GO, null, "cmio", NOW);
        card.vote("GL-7", "cno", true, VoteValue.GO, "Staffing confirmed", "cno", NOW);

        Changed<Scorecard> decided = card.decide("GL-7", VoteValue.GO, List.of(), "All criteria met", "cmio", NOW);

        GoNoGoDecided event = (GoNoGoDecided) decided.events().get(0).data();
        assertThat(event.scorecardRevision()).isEqualTo(card.revision());
        assertThat(event.rating()).isEqualTo("READY");
        assertThat(event.checkpointDate()).hasToString("2027-05-29");
        assertThat(event.votes()).extracting(GoNoGoDecided.PanelVote::member).containsExactly("cmio", "cno");
        card.assess("support-model", 0, null, null, "pmo", NOW);
        assertThat(card.checkpoint("GL-7").decision().rating()).as("a later change rewrites nothing")
                .isEqualTo(Rating.READY);
    }
}
