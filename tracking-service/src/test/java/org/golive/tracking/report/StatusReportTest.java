package org.golive.tracking.report;

import org.golive.contract.tracking.StatusReportPublished;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusReportTest {

    private static final Instant FRIDAY = Instant.parse("2027-02-05T16:00:00Z");

    @Test
    void aDraftIsEditedAndRefreshedSilently() {
        StatusReport report = ReportMother.draft("First cut");

        Changed<StatusReport> edited = report.edit(ReportMother.content("Build two days behind"), "pmo", FRIDAY);
        Changed<StatusReport> refreshed = report.refresh(ReportMother.figures("43.0", "0.9500"));

        assertThat(edited.raisedEvents()).isFalse();
        assertThat(refreshed.raisedEvents()).isFalse();
        assertThat(report.content().narrative()).isEqualTo("Build two days behind");
        assertThat(report.editedBy()).isEqualTo("pmo");
        assertThat(report.figures().percentComplete()).isEqualByComparingTo("43.0");
        assertThat(report.state()).isEqualTo(StatusReport.State.DRAFT);
        assertThat(report.revision()).isZero();
    }

    @Test
    void publishingFreezesTheReportAndPublishesItsFiguresAndText() {
        StatusReport report = ReportMother.draft("Build two days behind");

        Changed<StatusReport> published = report.publish("pm.north", FRIDAY);

        assertThat(report.state()).isEqualTo(StatusReport.State.PUBLISHED);
        assertThat(report.revision()).isEqualTo(1);
        StatusReportPublished event = (StatusReportPublished) published.events().get(0).data();
        assertThat(published.events().get(0).key()).isEqualTo("r-1");
        assertThat(event.week()).isEqualTo("2027-W05");
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.correctionReason()).isNull();
        assertThat(event.spi()).isEqualTo("0.9386");
        assertThat(event.cpi()).isEqualTo("0.8978");
        assertThat(event.overallHealth()).isEqualTo("AMBER");
        assertThat(event.readinessScore()).isEqualByComparingTo("50.0");
        assertThat(event.risks()).extracting(StatusReportPublished.Risk::impact).containsExactly("HIGH");
        assertThat(event.decisions()).extracting(StatusReportPublished.DecisionNeeded::decider).containsExactly("CIO");
        assertThat(event.publishedBy()).isEqualTo("pm.north");

        assertThatThrownBy(() -> report.edit(ReportMother.content("Changed my mind"), "pm.north", FRIDAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("correction");
        assertThatThrownBy(() -> report.refresh(ReportMother.figures("60.0", "1.1000")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report.publish("pm.north", FRIDAY)).isInstanceOf(ConflictException.class);
        assertThat(report.content().narrative()).isEqualTo("Build two days behind");
        assertThat(report.figures().percentComplete()).isEqualByComparingTo("41.3");
    }

    @Test
    void aReportWithoutANarrativeIsNotPublished() {
        StatusReport report = ReportMother.draft("  ");

        assertThatThrownBy(() -> report.publish("pm.north", FRIDAY)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fields()).containsKey("narrative"));
        assertThat(report.state()).isEqualTo(StatusReport.State.DRAFT);
    }

    @Test
    void aCorrectionIsANewRevisionThatKeepsTheFrozenFiguresAndTheEarlierRevision() {
        StatusReport report = ReportMother.draft("Build two days behind");
        report.publish("pm.north", FRIDAY);

        Changed<StatusReport> corrected = report.correct(ReportMother.content("Build three days behind"),
                "Miscounted the slip", "pmo", FRIDAY.plusSeconds(3600));

        assertThat(report.revision()).isEqualTo(2);
        assertThat(report.content().narrative()).isEqualTo("Build three days behind");
        assertThat(report.correctionReason()).isEqualTo("Miscounted the slip");
        assertThat(report.figures().percentComplete()).as("frozen at publication").isEqualByComparingTo("41.3");
        assertThat(report.history()).singleElement().satisfies(first -> {
            assertThat(first.revision()).isEqualTo(1);
            assertThat(first.content().narrative()).isEqualTo("Build two days behind");
            assertThat(first.publishedBy()).isEqualTo("pm.north");
            assertThat(first.correctionReason()).isNull();
        });
        StatusReportPublished event = (StatusReportPublished) corrected.events().get(0).data();
        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.correctionReason()).isEqualTo("Miscounted the slip");
        assertThat(event.publishedBy()).isEqualTo("pmo");

        report.correct(ReportMother.content("Three days, confirmed"), "Vendor confirmed", "pm.north", FRIDAY);
        assertThat(report.history()).extracting(StatusReport.PublishedRevision::revision).containsExactly(1, 2);
        assertThat(report.history().get(1).correctionReason()).isEqualTo("Miscounted the slip");
    }

    @Test
    void aDraftIsNotCorrectedAndACorrectionNeedsAReasonAndANarrative() {
        StatusReport report = ReportMother.draft("Build two days behind");
        assertThatThrownBy(() -> report.correct(ReportMother.content("x"), "why", "pmo", FRIDAY))
                .isInstanceOf(ConflictException.class);

        report.publish("pm.north", FRIDAY);
        assertThatThrownBy(() -> report.correct(ReportMother.content("x"), " ", "pmo", FRIDAY))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> report.correct(ReportMother.content(null), "why", "pmo", FRIDAY))
                .isInstanceOf(RuleViolationException.class);
        assertThat(report.revision()).isEqualTo(1);
        assertThat(report.history()).isEmpty();
    }

    @Test
    void aReportNamesItsTopTenRisksAndDecisionsAtMost() {
        ReportContent.Risk risk = new ReportContent.Risk("r", "o", ReportContent.Impact.LOW, null);
        ReportContent tooManyRisks = new ReportContent("n", Collections.nCopies(11, risk), List.of());
        ReportContent tooManyDecisions = new ReportContent("n", List.of(), Collections.nCopies(11,
                new ReportContent.DecisionNeeded("d", "CIO", java.time.LocalDate.of(2027, 2, 10))));

        assertThatThrownBy(() -> ReportMother.draft("n").edit(tooManyRisks, "pmo", FRIDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("10");
        assertThatThrownBy(() -> ReportMother.draft("n").edit(tooManyDecisions, "pmo", FRIDAY))
                .isInstanceOf(RuleViolationException.class);
        assertThat(ReportMother.draft("n").edit(new ReportContent("n", Collections.nCopies(10, risk), null), "pmo",
                FRIDAY).result().content().risks()).hasSize(10);
    }

    @Test
    void theReportsIdHoldsTheWeekSoARolloutHasOnePerWeek() {
        assertThat(ReportMother.draft("n").id()).isEqualTo("r-1/2027-W05");
    }
}
