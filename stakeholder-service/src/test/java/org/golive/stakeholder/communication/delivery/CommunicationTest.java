package org.golive.stakeholder.communication.delivery;

import org.golive.contract.stakeholder.CommunicationAcknowledged;
import org.golive.contract.stakeholder.CommunicationDelivered;
import org.golive.contract.stakeholder.CommunicationFailed;
import org.golive.contract.stakeholder.CommunicationSent;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.audience.Addressee;
import org.golive.stakeholder.communication.audience.Scope;
import org.golive.stakeholder.register.Level;
import org.golive.stakeholder.register.RoleGroup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommunicationTest {

    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
    private static final Addressee ZOE = new Addressee("stakeholder:zoe", "zoe", "Zoe Quinn", "zoe@northwind.example",
            RoleGroup.CLINICAL, Level.HIGH);
    private static final Addressee BRAM = new Addressee("stakeholder:bram", "bram", "Bram Elsing", null,
            RoleGroup.TECHNICAL, Level.LOW);

    private static CommunicationDraft draft(Instant deadline) {
        return new CommunicationDraft("c-1", new Scope("r-1", "p-1"), Kind.ANNOUNCEMENT, Purpose.GO_LIVE_PREPARATION,
                "Go-live in 30 days", "Dear all", deadline, null, null, null, null, null, null, "pm.north");
    }

    @Test
    void issuingRaisesSentAndFailsAtOnceForARecipientWithoutAddress() {
        Changed<Communication> issued = Communication.issue(draft(null), List.of(ZOE, BRAM), NOW);

        assertThat(issued.events()).map(RaisedEvent::data).hasExactlyElementsOfTypes(CommunicationSent.class,
                CommunicationFailed.class);
        assertThat(((CommunicationFailed) issued.events().get(1).data()).reason()).isEqualTo("NO_ADDRESS");
        assertThat(issued.events()).allMatch(e -> e.key().equals("r-1"));
        Communication c = issued.result();
        assertThat(c.delivery("stakeholder:zoe").state()).isEqualTo(DeliveryState.PENDING);
        assertThat(c.isOpen()).isTrue();
    }

    @Test
    void anAudienceOfNobodyOrADeadlineInThePastIsRefused() {
        assertThatThrownBy(() -> Communication.issue(draft(null), List.of(), NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Communication.issue(draft(NOW.minusSeconds(1)), List.of(ZOE), NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aClaimedDeliveryIsNotClaimedAgainAndOnlyItsClaimRecordsTheOutcome() {
        Communication c = Communication.issue(draft(null), List.of(ZOE), NOW).result();

        assertThat(c.claimNext("claim-a", NOW)).isPresent();
        assertThat(c.claimNext("claim-b", NOW)).as("one sender per recipient").isEmpty();
        assertThatThrownBy(() -> c.delivered("stakeholder:zoe", "claim-b", "<m>", NOW))
                .isInstanceOf(ConflictException.class);

        Changed<Communication> delivered = c.delivered("stakeholder:zoe", "claim-a", "<m>", NOW);
        assertThat(delivered.events()).singleElement().extracting(RaisedEvent::data)
                .isInstanceOfSatisfying(CommunicationDelivered.class, d -> {
                    assertThat(d.attempts()).isEqualTo(1);
                    assertThat(d.messageId()).isEqualTo("<m>");
                });
        assertThat(c.isOpen()).isFalse();
    }

    @Test
    void aSendTheServerNeverTookWaitsAndGoesOutLater() {
        Communication c = Communication.issue(draft(null), List.of(ZOE), NOW).result();
        c.claimNext("a", NOW);

        assertThat(c.notSent("stakeholder:zoe", "a", "connection refused", NOW.plusSeconds(5), false, NOW).events())
                .isEmpty();
        assertThat(c.claimNext("b", NOW)).as("not due before its retry").isEmpty();
        assertThat(c.claimNext("b", NOW.plusSeconds(5))).isPresent();
        assertThat(c.delivery("stakeholder:zoe").attempts()).isEqualTo(2);
    }

    @Test
    void aSendCutOffBeforeItsRecordIsUnconfirmedAndNotSentAgainOnItsOwn() {
        Communication c = Communication.issue(draft(null), List.of(ZOE), NOW).result();
        c.claimNext("crashed", NOW);

        assertThat(c.unconfirmed(NOW, NOW.plusSeconds(1)).events()).as("the claim is not old yet").isEmpty();
        Changed<Communication> swept = c.unconfirmed(NOW.plus(Duration.ofMinutes(6)), NOW.plus(Duration.ofMinutes(6)));

        assertThat(swept.events()).singleElement().extracting(e -> ((CommunicationFailed) e.data()).reason())
                .isEqualTo("UNCONFIRMED");
        assertThat(c.claimNext("later", NOW.plus(Duration.ofDays(1)))).isEmpty();
        c.resend("stakeholder:zoe", NOW.plus(Duration.ofDays(1)));
        assertThat(c.claimNext("by-a-person", NOW.plus(Duration.ofDays(1)))).isPresent();
    }

    @Test
    void anAcknowledgementCountsOnceAndSaysWhetherItCameInTime() {
        Instant deadline = NOW.plus(Duration.ofDays(3));
        Communication c = Communication.issue(draft(deadline), List.of(ZOE), NOW).result();
        c.claimNext("a", NOW);
        c.delivered("stakeholder:zoe", "a", "<m>", NOW);

        Changed<Communication> acknowledged = c.acknowledge("stakeholder:zoe", deadline.plusSeconds(1));

        assertThat(((CommunicationAcknowledged) acknowledged.events().get(0).data()).beforeDeadline()).isFalse();
        assertThatThrownBy(() -> c.acknowledge("stakeholder:zoe", deadline.plusSeconds(2)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("works once");
        assertThat(AcknowledgementRate.of(c.deliveries()).rate()).isEqualTo(1.0);
    }
}
