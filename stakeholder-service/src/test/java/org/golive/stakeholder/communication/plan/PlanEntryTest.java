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
}
