package org.golive.tracking.report;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.PlainText;

import java.time.LocalDate;
import java.util.List;

/** What the report endpoints read; each change of an existing report carries the version read (stale: 409). */
final class ReportForms {

    static final String WEEK = "[0-9]{4}-W[0-9]{2}";

    private ReportForms() {
    }

    /** @param week the ISO week reported on, e.g. 2027-W05 */
    record DraftForm(@NotNull @Pattern(regexp = WEEK, message = "an ISO week such as 2027-W05") String week,
                     @Size(max = 10_000) String narrative,
                     @Valid @Size(max = ReportContent.MAX_RISKS) List<RiskForm> risks,
                     @Valid @Size(max = ReportContent.MAX_DECISIONS) List<DecisionForm> decisions) {

        ReportContent content() {
            return ReportForms.content(narrative, risks, decisions);
        }
    }

    record EditForm(@NotNull @PositiveOrZero Long version, @Size(max = 10_000) String narrative,
                    @Valid @Size(max = ReportContent.MAX_RISKS) List<RiskForm> risks,
                    @Valid @Size(max = ReportContent.MAX_DECISIONS) List<DecisionForm> decisions) {

        ReportContent content() {
            return ReportForms.content(narrative, risks, decisions);
        }
    }

    record CorrectionForm(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = 2000) String reason,
                          @Size(max = 10_000) String narrative,
                          @Valid @Size(max = ReportContent.MAX_RISKS) List<RiskForm> risks,
                          @Valid @Size(max = ReportContent.MAX_DECISIONS) List<DecisionForm> decisions) {

        ReportContent content() {
            return ReportForms.content(narrative, risks, decisions);
        }
    }

    record VersionForm(@NotNull @PositiveOrZero Long version) {
    }

    record RiskForm(@NotBlank @Size(max = 200) @PlainText String title,
                    @NotBlank @Size(max = 200) @PlainText String owner,
                    @NotNull ReportContent.Impact impact,
                    @Size(max = 2000) String mitigation) {
    }

    /** @param decider who decides: a person or a body (e.g. the steering committee) */
    @Schema(name = "ReportDecisionForm") // not a checkpoint's DecisionForm: one OpenAPI document holds both
    record DecisionForm(@NotBlank @Size(max = 500) @PlainText String decision,
                        @NotBlank @Size(max = 200) @PlainText String decider,
                        @NotNull LocalDate dueBy) {
    }

    private static ReportContent content(String narrative, List<RiskForm> risks, List<DecisionForm> decisions) {
        return new ReportContent(narrative,
                risks == null ? List.of() : risks.stream().map(r -> new ReportContent.Risk(r.title(), r.owner(),
                        r.impact(), r.mitigation())).toList(),
                decisions == null ? List.of() : decisions.stream().map(d -> new ReportContent.DecisionNeeded(
                        d.decision(), d.decider(), d.dueBy())).toList());
    }
}
