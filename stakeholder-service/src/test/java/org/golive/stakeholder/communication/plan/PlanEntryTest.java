package org.golive.stakeholder.communication.plan;

import org.golive.platform.problem.RuleViolationException;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.audience.Audience;
import org.golive.stakeholder.register.RoleGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanEntryTest {

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 5, 1);
    private static final Audience CLINICIANS = new Audience(Set.of(RoleGroup.CLINICAL), Set.of(), List.of());

    private static PlanEntry weeklyFromGl90() {
        return new PlanEntry("e-1", "Readiness update", Purpose.GO_LIVE_PREPARATION, Channel.EMAIL, CLINICIANS, 7, 90,
                null, "pm.north", null);
    }

    @ParameterizedTest(name = "on {0} the next sending is due {1}")
    @CsvSource({
            "2026-12-01, 2027-01-31", // long before GL-90: the first sending, GL-90
            "2027-01-31, 2027-01-31", // on GL-90 itself
            "2027-02-01, 2027-02-07", // the day after: a week after GL-90
            "2027-02-07, 2027-02-07",
            "2027-04-25, 2027-04-25", // GL-6
            "2027-04-26, 2027-05-02"  // placeholder, checked below: past go-live
    })
    void weeklyFromGl90IsDueEverySeventhDayFromNinetyDaysBeforeGoLive(LocalDate today, LocalDate expected) {
        LocalDate due = weeklyFromGl90().nextDue(GO_LIVE, today);
        if (expected.isAfter(GO_LIVE)) {
            assertThat(due).as("the cadence ends at go-live").isNull();
        } else {
            assertThat(due).isEqualTo(expected);
        }
    }

    @Test
    void aTriggeredEntryOrAnUnknownGoLiveHasNoDueDate() {
        PlanEntry triggered = new PlanEntry("e-2", "Go-live moved", Purpose.GO_LIVE_PREPARATION, Channel.EMAIL,
                CLINICIANS, null, null, Trigger.GO_LIVE_MOVED, "pm.north", 3);

        assertThat(triggered.nextDue(GO_LIVE, GO_LIVE.minusDays(10))).isNull();
        assertThat(weeklyFromGl90().nextDue(null, GO_LIVE.minusDays(10))).isNull();
    }

    @Test
    void anEntryHasEitherACadenceOrATriggerAndSomeAudience() {
        assertThatThrownBy(() -> new PlanEntry(null, "Both", Purpose.STATUS, Channel.EMAIL, CLINICIANS, 7, 90,
                Trigger.MILESTONE_SLIPPED, "pm", null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new PlanEntry(null, "Neither", Purpose.STATUS, Channel.EMAIL, CLINICIANS, null, null,
                null, "pm", null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new PlanEntry(null, "Half a cadence", Purpose.STATUS, Channel.EMAIL, CLINICIANS, 7,
                null, null, "pm", null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new PlanEntry(null, "Nobody", Purpose.STATUS, Channel.EMAIL,
                new Audience(Set.of(), Set.of(), List.of()), 7, 90, null, "pm", null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("audience");
    }

    @ParameterizedTest(name = "on {0}, handled through {1}: due {2}")
    @CsvSource({
            "2027-01-30, 2027-01-29, ",            // before GL-90: nothing due
            "2027-01-31, 2027-01-30, 2027-01-31",  // GL-90 itself
            "2027-01-31, 2027-01-31, ",            // GL-90 dealt with already
            "2027-02-03, 2027-01-31, ",            // between two sendings
            "2027-02-10, 2027-01-31, 2027-02-07",  // one missed while down: only the latest, not late in a row
            "2027-02-21, 2027-01-31, 2027-02-21",  // two missed: still one, the latest
            "2027-06-01, 2027-04-20, 2027-04-25",  // past go-live: the last occurrence before it, once
            "2027-06-01, 2027-04-25, "             // and then the cadence is over
    })
    void theOccurrenceDueIsTheLatestOnOrBeforeTodayThatIsNotDealtWith(LocalDate today, LocalDate handledThrough,
                                                                     LocalDate expected) {
        PlanEntry entry = weeklyFromGl90().addedAs("e-1", handledThrough.plusDays(1));

        assertThat(entry.dueOccurrence(GO_LIVE, today, null)).isEqualTo(expected);
    }

    @Test
    void anEntryAddedTodayNeverCatchesUpOnThePastButIsDueTodayIfTodayIsAnOccurrence() {
        LocalDate gl83 = GO_LIVE.minusDays(83);

        assertThat(weeklyFromGl90().addedAs("e-1", gl83).dueOccurrence(GO_LIVE, gl83, null)).isEqualTo(gl83);
        assertThat(weeklyFromGl90().addedAs("e-1", gl83.plusDays(1)).dueOccurrence(GO_LIVE, gl83.plusDays(3), null))
                .as("GL-83 was before the entry existed").isNull();
        assertThat(weeklyFromGl90().dueOccurrence(GO_LIVE, gl83.plusDays(3), gl83.minusDays(1)))
                .as("an entry stored before occurrences were recorded counts from its plan").isEqualTo(gl83);
    }

    @Test
    void dealingWithAnOccurrenceAdvancesTheNextDueDate() {
        LocalDate gl83 = GO_LIVE.minusDays(83);
        PlanEntry entry = weeklyFromGl90().addedAs("e-1", gl83);
        assertThat(entry.nextDue(GO_LIVE, gl83)).isEqualTo(gl83);

        PlanEntry handled = entry.handled(new HandledOccurrence(gl83, HandledOccurrence.Handling.SENT, "c-1", null,
                java.time.Instant.parse("2027-02-07T00:01:00Z")));

        assertThat(handled.nextDue(GO_LIVE, gl83)).isEqualTo(gl83.plusDays(7));
        assertThat(handled.dueOccurrence(GO_LIVE, gl83, null)).isNull();
        assertThat(handled.lastHandled().communicationId()).isEqualTo("c-1");
    }

    @Test
    void onlyACadenceEntryByEmailSendsItself() {
        assertThatThrownBy(() -> new PlanEntry(null, "Town hall", Purpose.VISION, Channel.MEETING, CLINICIANS, 30, 180,
                null, "pm", null, true)).isInstanceOf(RuleViolationException.class).hasMessageContaining("e-mail");
        assertThatThrownBy(() -> new PlanEntry(null, "Moved", Purpose.STATUS, Channel.EMAIL, CLINICIANS, null, null,
                Trigger.GO_LIVE_MOVED, "pm", null, true)).isInstanceOf(RuleViolationException.class);
        assertThat(new PlanEntry(null, "Weekly", Purpose.STATUS, Channel.EMAIL, CLINICIANS, 7, 90, null, "pm", null,
                true).sendsItself()).isTrue();
    }

    @Test
    void aRevisedEntryKeepsItsIdAndWhatWasHandledAndNeverCatchesUpOnThePast() {
        LocalDate gl83 = GO_LIVE.minusDays(83);
        HandledOccurrence sent = new HandledOccurrence(gl83, HandledOccurrence.Handling.SENT, "c-1", null,
                java.time.Instant.parse("2027-02-07T00:01:00Z"));
        PlanEntry handled = weeklyFromGl90().addedAs("e-1", gl83).handled(sent);
        PlanEntry everyOtherDay = new PlanEntry(null, "Readiness huddle", Purpose.GO_LIVE_PREPARATION,
                Channel.EMAIL, CLINICIANS, 2, 90, null, "pm.north", null);

        // Revised on GL-81: every other day from GL-90 falls on GL-82 (yesterday) and GL-80 (tomorrow).
        PlanEntry revised = handled.revisedTo(everyOtherDay, gl83.plusDays(2));

        assertThat(revised.entryId()).isEqualTo("e-1");
        assertThat(revised.title()).isEqualTo("Readiness huddle");
        assertThat(revised.everyDays()).isEqualTo(2);
        assertThat(revised.lastHandled()).isEqualTo(sent);
        assertThat(revised.dueOccurrence(GO_LIVE, gl83.plusDays(2), null))
                .as("GL-82 fell before the revision: not sent late").isNull();
        assertThat(revised.nextDue(GO_LIVE, gl83.plusDays(2))).isEqualTo(gl83.plusDays(3));
        PlanEntry daily = new PlanEntry(null, "Daily huddle", Purpose.GO_LIVE_PREPARATION, Channel.EMAIL, CLINICIANS,
                1, 90, null, "pm.north", null);
        assertThat(handled.revisedTo(daily, gl83).dueOccurrence(GO_LIVE, gl83, null))
                .as("revised to daily on the day the weekly one went out: today's is dealt with").isNull();
    }

    @Test
    void aRevisionPlansAsTheEntryOnlyWhenEveryPlannedFieldIsTheSame() {
        PlanEntry entry = weeklyFromGl90().addedAs("e-1", GO_LIVE.minusDays(100));

        assertThat(entry.plansAs(weeklyFromGl90())).isTrue();
        assertThat(entry.plansAs(new PlanEntry(null, "Readiness update", Purpose.GO_LIVE_PREPARATION, Channel.EMAIL,
                CLINICIANS, 7, 90, null, "pm.north", 5))).as("acknowledgement asked").isFalse();
        assertThat(entry.plansAs(new PlanEntry(null, "Readiness update", Purpose.GO_LIVE_PREPARATION, Channel.EMAIL,
                new Audience(Set.of(RoleGroup.CLINICAL, RoleGroup.VENDOR), Set.of(), List.of()), 7, 90, null,
                "pm.north", null))).as("audience widened").isFalse();
        assertThat(entry.plansAs(new PlanEntry(null, "Readiness update", Purpose.GO_LIVE_PREPARATION, Channel.EMAIL,
                CLINICIANS, 7, 60, null, "pm.north", null))).as("starts later").isFalse();
    }
}
