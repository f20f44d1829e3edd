package org.golive.budget.budget;

import org.golive.contract.budget.ActualRecorded;
import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.contract.budget.ForecastUpdated;
import org.golive.contract.budget.PhasingShifted;
import org.golive.contract.budget.ThresholdCrossed;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.budget.budget.BudgetMother.GO_LIVE;
import static org.golive.budget.budget.BudgetMother.JULY;
import static org.golive.budget.budget.BudgetMother.NOW;
import static org.golive.budget.budget.BudgetMother.actual;
import static org.golive.budget.budget.BudgetMother.approved;
import static org.golive.budget.budget.BudgetMother.closed;
import static org.golive.budget.budget.BudgetMother.commitment;
import static org.golive.budget.budget.BudgetMother.draft;
import static org.golive.budget.budget.BudgetMother.draftWith;
import static org.golive.budget.budget.BudgetMother.submitted;
import static org.golive.budget.budget.BudgetMother.usd;

/** The budget's workflow and what it does with spend and go-live moves, without Spring. */
class BudgetTest {

    private static final List<Integer> THRESHOLDS = List.of(90, 100);

    private static List<Class<?>> types(Changed<?> changed) {
        return changed.events().stream().<Class<?>>map(e -> e.data().getClass()).toList();
    }

    @Test
    void aDraftWithoutLinesCannotBeSubmitted() {
        assertThatThrownBy(() -> draftWith().submit("pm", NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void submittingAnnouncesTheTotalOfEveryLine() {
        Changed<Budget> submitted = draft().submit("pm", NOW);

        assertThat(((BudgetSubmitted) submitted.events().get(0).data()).total()).isEqualTo("200000.00");
        assertThat(submitted.result().status()).isEqualTo(BudgetStatus.SUBMITTED);
    }

    @Test
    void anApprovedBudgetChangesByChangeRequestsOnly() {
        assertThatThrownBy(() -> approved().reviseLines(List.of(), JULY)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("change requests");
    }

    @Test
    void approvalIsAnnouncedWithTheFirstForecast() {
        Budget budget = submitted();

        Changed<Budget> approved = budget.approve(new Envelope.Allocation(budget.id(), "r-1",
                budget.total().amount(), "Board decision", "finance", NOW), usd("-5000"), "finance", NOW);

        assertThat(types(approved)).containsExactly(BudgetApproved.class, ForecastUpdated.class);
        assertThat(budget.approval().envelopeOverridden()).isTrue();
    }

    @Test
    void onlyAnApprovedBudgetCanBeClosed() {
        assertThatThrownBy(() -> submitted().close("finance", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aClosedBudgetBooksNoMoreSpend() {
        assertThatThrownBy(() -> closed().spend().book(List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "10")),
                THRESHOLDS, JULY, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aNegativeCommitmentIsRefused() {
        Booking booking = approved().spend().book(List.of(commitment("PO-1", "2027-09-01", Category.TRAINING, "-10")),
                THRESHOLDS, JULY, NOW).result();

        assertThat(booking.refused()).extracting(Booking.Refusal::field).containsExactly("amount");
        assertThat(booking.recorded()).isEmpty();
    }

    @Test
    void spendDatedOutsideTheFiscalYearIsRefused() {
        Booking booking = approved().spend().book(List.of(actual("INV-1", "2027-06-30", Category.TRAINING, "10")),
                THRESHOLDS, JULY, NOW).result();

        assertThat(booking.refused()).extracting(Booking.Refusal::field).containsExactly("date");
    }

    @Test
    void theSameTransactionBookedAgainIsRecordedOnce() {
        Budget budget = approved();
        budget.spend().book(List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "10")), THRESHOLDS, JULY, NOW);

        Changed<Booking> again = budget.spend().book(List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "10.00")),
                THRESHOLDS, JULY, NOW);

        assertThat(again.result().alreadyRecorded()).hasSize(1);
        assertThat(again.events()).isEmpty();
        assertThat(budget.ledger().size()).isEqualTo(1);
    }

    @Test
    void aTransactionBookedAgainWithOtherValuesClashes() {
        Budget budget = approved();
        budget.spend().book(List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "10")), THRESHOLDS, JULY, NOW);

        Booking again = budget.spend().book(List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "11")), THRESHOLDS,
                JULY, NOW).result();

        assertThat(again.clashing()).hasSize(1);
    }

    @Test
    void passingNinetyPercentOfACategoryIsAnnouncedOnce() {
        Budget budget = approved();

        Changed<Booking> first = budget.spend().book(List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "90000")),
                THRESHOLDS, JULY, NOW);
        Changed<Booking> second = budget.spend().book(List.of(actual("INV-2", "2027-09-02", Category.TRAINING, "1000")),
                THRESHOLDS, JULY, NOW);

        List<ThresholdCrossed> crossed = first.events().stream().map(RaisedEvent::data)
                .filter(ThresholdCrossed.class::isInstance).map(ThresholdCrossed.class::cast).toList();
        assertThat(crossed).extracting(ThresholdCrossed::category, ThresholdCrossed::thresholdPercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TRAINING", 90));
        assertThat(types(second)).doesNotContain(ThresholdCrossed.class);
    }

    @Test
    void aBudgetNotYetApprovedCrossesNoThreshold() {
        Changed<Booking> booked = draft().spend().book(
                List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "100000")), THRESHOLDS, JULY, NOW);

        assertThat(types(booked)).contains(ActualRecorded.class).doesNotContain(ThresholdCrossed.class);
    }

    @Test
    void spendThatLeavesTheEstimateWhereItWasPublishesNoForecast() {
        // 10 spent of 100,000 planned: the estimate at completion stays the plan.
        Changed<Booking> booked = approved().spend().book(
                List.of(actual("INV-1", "2027-09-01", Category.TRAINING, "10")), THRESHOLDS, JULY, NOW);

        assertThat(types(booked)).containsExactly(ActualRecorded.class);
    }

    @Test
    void movingGoLiveTwoMonthsLaterMovesTheUnspentPhasingWithIt() {
        Budget budget = approved();

        Changed<Budget> moved = budget.planning().followGoLive(7, GO_LIVE, GO_LIVE.plusMonths(2),
                YearMonth.of(2027, 9), JULY, NOW);

        // August is past and stays; September (this month) moves to November.
        assertThat(budget.lines()).flatExtracting(BudgetLine::months).extracting(m -> m.month().toString())
                .containsExactly("2027-08", "2027-11");
        assertThat(((PhasingShifted) moved.events().get(0).data()).monthsShifted()).isEqualTo(2);
        assertThat(budget.goLiveDate()).isEqualTo(GO_LIVE.plusMonths(2));
    }

    @Test
    void aRedeliveredGoLiveMoveShiftsNothingTwice() {
        Budget budget = approved();
        budget.planning().followGoLive(7, GO_LIVE, GO_LIVE.plusMonths(2), YearMonth.of(2027, 7), JULY, NOW);

        Changed<Budget> again = budget.planning().followGoLive(7, GO_LIVE, GO_LIVE.plusMonths(2),
                YearMonth.of(2027, 7), JULY, NOW);

        assertThat(again.events()).isEmpty();
        assertThat(budget.hasApplied(7)).isTrue();
        assertThat(budget.lines()).flatExtracting(BudgetLine::months).extracting(m -> m.month().toString())
                .containsExactly("2027-10", "2027-11");
    }

    @Test
    void aGoLiveMoveWithinTheSameMonthLeavesThePhasingAlone() {
        Changed<Budget> moved = approved().planning().followGoLive(7, GO_LIVE, GO_LIVE.plusDays(10),
                YearMonth.of(2027, 7), JULY, NOW);

        assertThat(moved.events()).isEmpty();
        assertThat(moved.result().goLiveDate()).isEqualTo(LocalDate.of(2027, 10, 25));
    }

    @Test
    void aClosedBudgetNoLongerFollowsGoLive() {
        assertThat(closed().planning().followGoLive(7, GO_LIVE, GO_LIVE.plusMonths(2), YearMonth.of(2027, 7), JULY, NOW)
                .events()).isEmpty();
    }
}
