package org.golive.budget.budget;

import org.golive.contract.budget.BudgetChangeDecided;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.budget.budget.BudgetMother.JULY;
import static org.golive.budget.budget.BudgetMother.NOW;
import static org.golive.budget.budget.BudgetMother.approved;
import static org.golive.budget.budget.BudgetMother.submitted;
import static org.golive.budget.budget.BudgetMother.usd;

/** Changing an approved budget: a request, then finance's decision. */
class ChangeRequestsTest {

    private static ChangeRequests.Ask ask(String lineId, Category category, String month, String amount) {
        return new ChangeRequests.Ask(lineId, category, month, new BigDecimal(amount), "Extra classes");
    }

    private static String trainingLine(Budget budget) {
        return budget.lines().stream().filter(l -> l.category() == Category.TRAINING).findFirst().orElseThrow()
                .lineId();
    }

    private static ChangeRequest request(Budget budget, ChangeRequests.Ask ask) {
        return budget.changes().request(ask, JULY, "pm", NOW).result();
    }

    @Test
    void onlyAnApprovedBudgetTakesChangeRequests() {
        assertThatThrownBy(() -> request(submitted(), ask(null, Category.TRAINING, "2027-09", "10")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aChangeOfZeroIsRefused() {
        assertThatThrownBy(() -> request(approved(), ask(null, Category.TRAINING, "2027-09", "0.00")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("zero");
    }

    @Test
    void aChangeToAMonthOfAnotherFiscalYearIsRefused() {
        assertThatThrownBy(() -> request(approved(), ask(null, Category.TRAINING, "2028-07", "10")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("outside FY2028");
    }

    @Test
    void aChangeNamesALineOrTheCategoryOfANewOne() {
        assertThatThrownBy(() -> request(approved(), ask(null, null, "2027-09", "10")))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aPendingChangeLeavesTheBudgetAsItIs() {
        Budget budget = approved();

        ChangeRequest request = request(budget, ask(trainingLine(budget), null, "2027-09", "5000"));

        assertThat(request.decision()).isEqualTo(ChangeRequest.Decision.PENDING);
        assertThat(request.category()).isEqualTo(Category.TRAINING);
        assertThat(budget.total()).isEqualTo(usd("200000"));
    }

    @Test
    void anApprovedChangeAddsItsAmountToItsLineAndMonth() {
        Budget budget = approved();
        ChangeRequest request = request(budget, ask(trainingLine(budget), null, "2027-09", "5000"));

        Changed<Budget> decided = budget.changes().approve(request.id(), false, "ok", "finance", NOW);

        assertThat(budget.approvedFor(Category.TRAINING)).isEqualTo(usd("105000"));
        assertThat(((BudgetChangeDecided) decided.events().get(0).data()).total()).isEqualTo("205000.00");
    }

    @Test
    void aChangeNamingNoLineOpensANewLineOfItsCategory() {
        Budget budget = approved();
        ChangeRequest request = request(budget, ask(null, Category.GO_LIVE_SUPPORT, "2027-10", "6000"));

        budget.changes().approve(request.id(), false, null, "finance", NOW);

        assertThat(budget.lines()).hasSize(3);
        assertThat(budget.approvedFor(Category.GO_LIVE_SUPPORT)).isEqualTo(usd("6000"));
    }

    @Test
    void aChangeThatWouldLeaveAMonthNegativeIsRefused() {
        Budget budget = approved();
        ChangeRequest request = request(budget, ask(trainingLine(budget), null, "2027-09", "-100000.01"));

        assertThatThrownBy(() -> budget.changes().totalWith(request.id())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void theTotalWithAChangeIsWhatApprovingItWouldMakeIt() {
        Budget budget = approved();
        ChangeRequest request = request(budget, ask(trainingLine(budget), null, "2027-09", "-40000"));

        assertThat(budget.changes().totalWith(request.id())).isEqualTo(usd("160000"));
        assertThat(budget.total()).as("asking changes nothing yet").isEqualTo(usd("200000"));
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        Budget budget = approved();
        ChangeRequest request = request(budget, ask(trainingLine(budget), null, "2027-09", "5000"));
        budget.changes().reject(request.id(), "No", "finance", NOW);

        assertThatThrownBy(() -> budget.changes().approve(request.id(), false, null, "finance", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("REJECTED");
    }
}
