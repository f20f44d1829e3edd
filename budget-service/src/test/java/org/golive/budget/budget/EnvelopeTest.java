package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.contract.budget.EnvelopeSet;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.budget.budget.BudgetMother.NOW;
import static org.golive.budget.budget.BudgetMother.USD;
import static org.golive.budget.budget.BudgetMother.usd;

/** A program's envelope for FY2028: what its site budgets may be approved for together. */
class EnvelopeTest {

    /** An envelope of 500,000 with nothing approved yet. */
    private static Envelope envelopeOf(String amount) {
        Envelope envelope = Envelope.open("p-1", 2028, USD);
        envelope.set(usd(amount), "finance", NOW);
        return envelope;
    }

    private static Changed<Envelope> reserve(Envelope envelope, String budgetId, String amount, String reason) {
        return envelope.allocate(budgetId, "r-" + budgetId, usd(amount), reason, "finance", NOW);
    }

    @Test
    void settingTheEnvelopeAnnouncesTheNewAmountAndThePreviousOne() {
        Envelope envelope = envelopeOf("500000");

        EnvelopeSet set = (EnvelopeSet) envelope.set(usd("450000"), "finance", NOW).events().get(0).data();

        assertThat(set.amount()).isEqualTo("450000.00");
        assertThat(set.previousAmount()).isEqualTo("500000.00");
    }

    @Test
    void anEnvelopeCannotBeNegative() {
        assertThatThrownBy(() -> envelopeOf("-1")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anEnvelopeStaysInTheCurrencyOfTheProgramsBudgets() {
        assertThatThrownBy(() -> envelopeOf("1").set(Money.of("1", "EUR"), "finance", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("USD");
    }

    @Test
    void approvalsReserveTheirTotalsAndTheRestRemains() {
        Envelope envelope = envelopeOf("500000");
        reserve(envelope, "b-1", "200000", null);
        reserve(envelope, "b-2", "100000", null);

        assertThat(envelope.allocated()).isEqualTo(usd("300000"));
        assertThat(envelope.remaining()).isEqualTo(usd("200000"));
    }

    @Test
    void aBudgetThatDoesNotFitIsRefusedWithoutAnOverrideReason() {
        Envelope envelope = envelopeOf("500000");
        reserve(envelope, "b-1", "400000", null);

        assertThatThrownBy(() -> reserve(envelope, "b-2", "100000.01", null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("over its FY2028 envelope");
    }

    @Test
    void anOverrideReasonLetsABudgetPastTheEnvelopeAndIsRecorded() {
        Envelope envelope = envelopeOf("100");

        reserve(envelope, "b-1", "150", "  Board decision 12 ");

        assertThat(envelope.allocations().get(0).overrideReason()).isEqualTo("Board decision 12");
        assertThat(envelope.remaining()).isEqualTo(usd("-50"));
    }

    @Test
    void anOverrideReasonIsNotRecordedWhenTheBudgetFits() {
        Envelope envelope = envelopeOf("500000");

        reserve(envelope, "b-1", "150", "Just in case");

        assertThat(envelope.allocations().get(0).overrideReason()).isNull();
    }

    @Test
    void reservingForTheSameBudgetAgainReplacesItsReservation() {
        Envelope envelope = envelopeOf("500000");
        reserve(envelope, "b-1", "200000", null);

        reserve(envelope, "b-1", "250000", null);

        assertThat(envelope.allocations()).hasSize(1);
        assertThat(envelope.allocated()).isEqualTo(usd("250000"));
    }

    @Test
    void releasingGivesTheRoomBackAndSaysWhetherThereWasAny() {
        Envelope envelope = envelopeOf("500000");
        reserve(envelope, "b-1", "200000", null);

        assertThat(envelope.release("b-1").result()).isTrue();
        assertThat(envelope.release("b-1").result()).isFalse();
        assertThat(envelope.remaining()).isEqualTo(usd("500000"));
    }
}
