package org.golive.stakeholder.conflict;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.PlainText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The conflict log's requests and answers. */
final class ConflictForms {

    private ConflictForms() {
    }

    record SbarForm(@Size(max = 4000) @PlainText String situation, @Size(max = 4000) @PlainText String background,
                    @Size(max = 4000) @PlainText String assessment,
                    @Size(max = 4000) @PlainText String recommendation) {

        Sbar sbar() {
            return new Sbar(situation, background, assessment, recommendation);
        }
    }

    record RaiseForm(@NotBlank @Size(max = 100) @PlainText String rolloutId,
                     @NotBlank @Size(max = 200) @PlainText String title,
                     @NotNull ConflictKind kind,
                     @NotNull Severity severity,
                     @NotBlank @Size(max = 200) @PlainText String owner,
                     @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) @PlainText String> partyIds,
                     @NotNull DecisionMakerRole decisionMakerRole,
                     @NotNull LocalDate dueDate,
                     @Valid SbarForm sbar,
                     @Size(max = 100) List<@NotBlank @Size(max = 100) @PlainText String> taskIds) {

        Conflict.Details details() {
            return new Conflict.Details(title, kind, severity, owner, partyIds, decisionMakerRole, dueDate,
                    sbar == null ? null : sbar.sbar(), taskIds);
        }
    }

    /**
     * An edit of an unresolved conflict: each field given replaces the stored one, a field left out stays (of the
     * SBAR, each part given). The rollout is not editable ({@code rolloutId}, if sent, must be the conflict's); the
     * status changes by mediation and resolution; {@code version} is the one read.
     */
    record EditForm(@NotNull @PositiveOrZero Long version,
                    @Size(max = 100) @PlainText String rolloutId,
                    @Size(min = 1, max = 200) @PlainText String title,
                    ConflictKind kind,
                    Severity severity,
                    @Size(min = 1, max = 200) @PlainText String owner,
                    @Size(min = 1, max = 50) List<@NotBlank @Size(max = 100) @PlainText String> partyIds,
                    DecisionMakerRole decisionMakerRole,
                    LocalDate dueDate,
                    @Valid SbarForm sbar,
                    @Size(max = 100) List<@NotBlank @Size(max = 100) @PlainText String> taskIds) {

        Conflict.Details details() {
            return new Conflict.Details(title, kind, severity, owner, partyIds, decisionMakerRole, dueDate,
                    sbar == null ? null : sbar.sbar(), taskIds);
        }
    }

    /** The version read: mediation and resolution refuse a stale one (409). */
    record MediationForm(@NotNull @PositiveOrZero Long version) {
    }

    /** The version read: an escalation by hand refuses a stale one (409). */
    record EscalationForm(@NotNull @PositiveOrZero Long version) {
    }

    /** {@code decidedBy}: who made the decision, when not the user recording it (a CMIO at steering). */
    record ResolutionForm(@NotNull @PositiveOrZero Long version,
                          @NotBlank @Size(max = 2000) @PlainText String decision,
                          @Size(max = 200) @PlainText String decidedBy) {
    }

    /** {@code overdue}: unresolved past its due date; {@code escalatesAt}: when it climbs next if still open. */
    record ConflictView(String id, String rolloutId, String programId, String title, ConflictKind kind,
                        Severity severity, String owner, List<String> partyIds, DecisionMakerRole decisionMakerRole,
                        LocalDate dueDate, boolean overdue, Sbar sbar, List<String> taskIds, ConflictStatus status,
                        EscalationLevel level, Instant escalatesAt, Resolution resolution, String raisedBy,
                        Instant raisedAt, Instant updatedAt, long version) {

        static ConflictView of(Conflict c, Instant now) {
            return new ConflictView(c.id(), c.rolloutId(), c.programId(), c.title(), c.kind(), c.severity(),
                    c.owner(), c.partyIds(), c.decisionMakerRole(), c.dueDate(), c.overdue(now), c.sbar(),
                    c.taskIds(), c.status(), c.level(), c.escalatesAt(), c.resolution(), c.raisedBy(),
                    c.raisedAt(), c.updatedAt(), c.version());
        }
    }
}
