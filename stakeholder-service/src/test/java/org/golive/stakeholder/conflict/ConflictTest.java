package org.golive.stakeholder.conflict;

import org.golive.contract.stakeholder.ConflictEscalated;
import org.golive.contract.stakeholder.ConflictRaised;
import org.golive.contract.stakeholder.ConflictResolved;
import org.golive.contract.stakeholder.ConflictUpdated;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConflictTest {

    private static final LocalDate DUE = LocalDate.of(2027, 2, 15);
    private static final Instant RAISED = Instant.parse("2027-02-01T09:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    static Conflict.Details workflowDispute(LocalDate due) {
        return new Conflict.Details(" ED triage order sets ", ConflictKind.CLINICAL_TECHNICAL_WORKFLOW, Severity.HIGH,
                "pm.north", List.of("zoe", "bram", "zoe"), DecisionMakerRole.CLINICAL_LEAD, due,
                new Sbar("Nurses bypass the order set", "Vendor standard build", "Unsafe at go-live",
                        "Keep the local order set"), List.of("task-12"));
    }

    private static Conflict raised() {
        return Conflict.raise("north", "program", workflowDispute(DUE), "pm.north", RAISED).result();
    }

    @Test
    void aRaisedConflictIsOpenWithItsOwnerAndRaisesConflictRaisedKeyedByRollout() {
        Changed<Conflict> raised = Conflict.raise("north", "program", workflowDispute(DUE), "pm.north", RAISED);

        assertThat(raised.result().status()).isEqualTo(ConflictStatus.OPEN);
        assertThat(raised.result().level()).isEqualTo(EscalationLevel.OWNER);
        assertThat(raised.result().title()).isEqualTo("ED triage order sets");
        assertThat(raised.result().partyIds()).containsExactly("zoe", "bram");
        assertThat(raised.events()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo("north");
            assertThat(event.data()).isInstanceOfSatisfying(ConflictRaised.class,
                    data -> assertThat(data.kind()).isEqualTo("CLINICAL_TECHNICAL_WORKFLOW"));
        });
    }

    @Test
    void nothingEscalatesOnItsDueDayButTheNextMidnightItGoesToTheProjectManager() {
        Conflict conflict = raised();

        assertThat(conflict.escalateIfDue(Instant.parse("2027-02-15T23:59:59Z"), DAY)).isEmpty();
        assertThat(conflict.overdue(Instant.parse("2027-02-15T23:59:59Z"))).isFalse();

        var escalated = conflict.escalateIfDue(Instant.parse("2027-02-16T00:00:00Z"), DAY);

        assertThat(escalated).isPresent();
        assertThat(conflict.overdue(Instant.parse("2027-02-16T00:00:00Z"))).isTrue();
        assertThat(conflict.level()).isEqualTo(EscalationLevel.PROJECT_MANAGER);
        assertThat(conflict.status()).isEqualTo(ConflictStatus.ESCALATED);
        assertThat(escalated.get().events()).singleElement().extracting(e -> e.data())
                .isInstanceOfSatisfying(ConflictEscalated.class, data -> {
                    assertThat(data.fromLevel()).isEqualTo("OWNER");
                    assertThat(data.toLevel()).isEqualTo("PROJECT_MANAGER");
                });
    }

    @Test
    void anOverdueConflictClimbsOneRungPerStepToTheSponsorAndNoFurther() {
        Conflict conflict = raised();
        Clock clock = Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);
        List<EscalationLevel> ladder = new ArrayList<>();

        for (int check = 0; check < 8; check++) {
            Instant now = clock.instant().plus(Duration.ofHours(12L * check));
            conflict.escalateIfDue(now, DAY).ifPresent(change -> ladder.add(change.result().level()));
        }

        assertThat(ladder).as("two weeks overdue still climbs one rung per day, checked twice a day")
                .containsExactly(EscalationLevel.PROJECT_MANAGER, EscalationLevel.PMO_LEAD,
                        EscalationLevel.EXECUTIVE_SPONSOR);
        assertThat(conflict.escalatesAt()).as("the sponsor is the top").isNull();
    }

    @Test
    void aCheckRunTwiceAtTheSameMomentEscalatesOnce() {
        Conflict conflict = raised();
        Instant late = Instant.parse("2027-02-20T00:00:00Z");

        assertThat(conflict.escalateIfDue(late, DAY)).isPresent();
        assertThat(conflict.escalateIfDue(late, DAY)).isEmpty();
        assertThat(conflict.level()).isEqualTo(EscalationLevel.PROJECT_MANAGER);
    }

    @Test
    void anEscalationByHandBeforeTheDueDateClimbsOneRungAndKeepsTheScheduledOne() {
        Conflict conflict = raised();
        Instant early = Instant.parse("2027-02-03T10:00:00Z");

        Changed<Conflict> escalated = conflict.escalate(early, DAY);

        assertThat(conflict.level()).isEqualTo(EscalationLevel.PROJECT_MANAGER);
        assertThat(conflict.status()).isEqualTo(ConflictStatus.ESCALATED);
        assertThat(conflict.escalatesAt()).as("still the end of the due date").isEqualTo(
                Instant.parse("2027-02-16T00:00:00Z"));
        assertThat(escalated.events()).singleElement().extracting(e -> e.data())
                .isInstanceOfSatisfying(ConflictEscalated.class, data -> {
                    assertThat(data.fromLevel()).isEqualTo("OWNER");
                    assertThat(data.toLevel()).isEqualTo("PROJECT_MANAGER");
                });
        conflict.escalate(early, DAY);
        conflict.escalate(early, DAY);
        assertThat(conflict.level()).isEqualTo(EscalationLevel.EXECUTIVE_SPONSOR);
        assertThat(conflict.escalatesAt()).as("nothing above the sponsor").isNull();
        assertThatThrownBy(() -> conflict.escalate(early, DAY)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("executive sponsor");
    }

    @Test
    void anOverdueConflictEscalatedByHandIsNextDueAStepLaterAndAResolvedOneNotAtAll() {
        Conflict conflict = raised();
        Instant late = Instant.parse("2027-02-20T08:00:00Z");

        conflict.escalate(late, DAY);

        assertThat(conflict.escalatesAt()).isEqualTo(late.plus(DAY));
        conflict.resolve("Keep it", null, "pm.north", late.plusSeconds(60));
        assertThatThrownBy(() -> conflict.escalate(late.plusSeconds(120), DAY)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theResolutionRecordsTheDecisionWhoAndWhenAndStopsEscalation() {
        Conflict conflict = raised();
        conflict.startMediation(RAISED.plusSeconds(60));
        assertThat(conflict.status()).isEqualTo(ConflictStatus.IN_MEDIATION);
        Instant decided = Instant.parse("2027-02-10T16:00:00Z");

        Changed<Conflict> resolved = conflict.resolve("Keep the local order set", "cmio", "pm.north", decided);

        assertThat(conflict.resolution()).isEqualTo(new Resolution("Keep the local order set", "cmio", "pm.north",
                decided));
        assertThat(conflict.status()).isEqualTo(ConflictStatus.RESOLVED);
        assertThat(resolved.events()).singleElement().extracting(e -> e.data())
                .isInstanceOfSatisfying(ConflictResolved.class, data -> assertThat(data.decidedBy()).isEqualTo("cmio"));
        assertThat(conflict.escalateIfDue(Instant.parse("2027-04-01T00:00:00Z"), DAY)).isEmpty();
        assertThat(conflict.overdue(Instant.parse("2027-04-01T00:00:00Z"))).isFalse();
    }

    @Test
    void aResolvedConflictCannotBeResolvedOrMediatedAgain() {
        Conflict conflict = raised();
        conflict.resolve("Keep the local order set", null, "pm.north", RAISED.plusSeconds(60));

        assertThat(conflict.resolution().decidedBy()).as("the recorder decided").isEqualTo("pm.north");
        assertThatThrownBy(() -> conflict.resolve("Again", null, "pmo", RAISED.plusSeconds(120)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> conflict.startMediation(RAISED.plusSeconds(120)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aConflictNeedsAPartyAndAResolutionADecision() {
        assertThatThrownBy(() -> Conflict.raise("north", null, new Conflict.Details("t", ConflictKind.SCOPE,
                Severity.LOW, "pm", List.of(), DecisionMakerRole.PMO_LEAD, DUE, null, null), "pm", RAISED))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("partyIds"));
        assertThatThrownBy(() -> raised().resolve(" ", null, "pm", RAISED))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("decision"));
    }

    private static Conflict.Details edit(Severity severity, LocalDate due, Sbar sbar) {
        return new Conflict.Details(null, null, severity, null, null, null, due, sbar, null);
    }

    @Test
    void anEditChangesTheFieldsGivenKeepsTheOthersAndNamesWhatChanged() {
        Conflict conflict = raised();
        Instant now = RAISED.plus(DAY);

        Changed<Conflict> edited = conflict.edit(edit(Severity.CRITICAL, DUE, new Sbar(null, null,
                "Unsafe: a sepsis bundle is skipped", null)), "pm.north", now);

        assertThat(conflict.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(conflict.title()).isEqualTo("ED triage order sets");
        assertThat(conflict.sbar()).isEqualTo(new Sbar("Nurses bypass the order set", "Vendor standard build",
                "Unsafe: a sepsis bundle is skipped", "Keep the local order set"));
        assertThat(conflict.updatedAt()).isEqualTo(now);
        assertThat(edited.events()).singleElement().satisfies(event -> assertThat(event.data())
                .isInstanceOfSatisfying(ConflictUpdated.class, data -> {
                    assertThat(data.changed()).containsExactly("severity", "sbar");
                    assertThat(data.severity()).isEqualTo("CRITICAL");
                    assertThat(data.updatedBy()).isEqualTo("pm.north");
                }));
        assertThat(conflict.edit(edit(Severity.CRITICAL, DUE, null), "pm.north", now).events())
                .as("an edit that changes nothing raises nothing").isEmpty();
    }

    @Test
    void aNewDueDateReschedulesTheNextEscalationButKeepsTheLevelReached() {
        Conflict conflict = raised();
        Instant overdue = Instant.parse("2027-02-16T00:00:00Z");
        conflict.escalateIfDue(overdue, DAY);
        assertThat(conflict.level()).isEqualTo(EscalationLevel.PROJECT_MANAGER);

        conflict.edit(edit(null, LocalDate.of(2027, 3, 1), null), "pm.north", overdue.plusSeconds(60));

        assertThat(conflict.level()).isEqualTo(EscalationLevel.PROJECT_MANAGER);
        assertThat(conflict.escalatesAt()).isEqualTo(Instant.parse("2027-03-02T00:00:00Z"));
        assertThat(conflict.escalateIfDue(overdue.plus(DAY), DAY)).as("no longer due a day later").isEmpty();
    }

    @Test
    void aResolvedConflictCannotBeEditedAndAnEditKeepsAParty() {
        Conflict conflict = raised();
        assertThatThrownBy(() -> conflict.edit(new Conflict.Details(null, null, null, null, List.of(), null, null,
                null, null), "pm.north", RAISED)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> conflict.edit(new Conflict.Details(" ", null, null, null, null, null, null, null,
                null), "pm.north", RAISED)).isInstanceOf(RuleViolationException.class);
        conflict.resolve("Keep it", null, "pm.north", RAISED.plus(DAY));

        assertThatThrownBy(() -> conflict.edit(edit(Severity.LOW, null, null), "pm.north", RAISED.plus(DAY)))
                .isInstanceOf(ConflictException.class);
        assertThat(conflict.severity()).isEqualTo(Severity.HIGH);
    }
}
