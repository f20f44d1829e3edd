package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.platform.outbox.Changed;

import java.time.Instant;
import java.util.List;

/**
 * The change requests of an approved budget: asked, rejected, approved. Its lines change only here once approved;
 * the envelope's reservation for the new total is {@link BudgetApprovals}' business, done before
 * {@link #approve} is called. The requests and lines live in the budget's document ({@link Budget#changes()}).
 */
final class BudgetChanges {

    private final Budget budget;

    BudgetChanges(Budget budget) {
        this.budget = budget;
    }

    /** Asks to change an approved budget; finance decides. */
    Changed<ChangeRequest> request(ChangeRequests.Ask ask, FiscalCalendar calendar, String by, Instant now) {
        budget.status().require(BudgetStatus.APPROVED, budget.id(), "changed by a change request");
        ChangeRequest request = budget.requests().open(ask, budget.plan(), budget.fiscalYear(calendar), budget.id(),
                by, now);
        budget.hold(budget.requests().with(request));
        return Changed.of(request, BudgetEvents.changeRequested(budget, request));
    }

    /** Rejects a pending change request: the budget stays as it is. */
    Changed<Budget> reject(String requestId, String note, String by, Instant now) {
        ChangeRequest rejected = decide(requestId, ChangeRequest.Decision.REJECTED, note, by, now);
        return Changed.of(budget, BudgetEvents.changeDecided(budget, rejected, false));
    }

    /** The budget's total if the pending change were approved: what the envelope must hold before it is. */
    Money totalWith(String requestId) {
        return budget.plan().apply(budget.requests().pending(requestId)).total();
    }

    /**
     * Applies a pending change to its line and month (a new line if it named none); the envelope's reservation has
     * already been moved to the new total, past the envelope if {@code overridden}.
     */
    Changed<Budget> approve(String requestId, boolean overridden, String note, String by, Instant now) {
        budget.hold(budget.plan().apply(budget.requests().pending(requestId)));
        ChangeRequest approved = decide(requestId, ChangeRequest.Decision.APPROVED, note, by, now);
        return new Changed<>(budget, budget.withForecast(
                List.of(BudgetEvents.changeDecided(budget, approved, overridden)), now));
    }

    private ChangeRequest decide(String requestId, ChangeRequest.Decision decision, String note, String by,
                                 Instant now) {
        ChangeRequest decided = budget.requests().pending(requestId).decided(decision, note, by, now);
        budget.hold(budget.requests().with(decided));
        return decided;
    }
}
