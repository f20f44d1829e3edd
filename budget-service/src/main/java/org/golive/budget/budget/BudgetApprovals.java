package org.golive.budget.budget;

import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.budget.money.Money;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * Approves a budget inside its program's envelope. The envelope and the budget are two documents and the embedded
 * MongoDB has no multi-document transactions, so the order matters: first the envelope reserves the budget's total
 * (a version-checked write: concurrent approvals cannot overbook it), then the budget is approved. If the second
 * write fails the reservation is given back; if the process dies in between, the reservation stays (it only ever
 * holds room back, never lets the envelope be exceeded) and approving again, or returning the budget, settles it.
 */
@Service
class BudgetApprovals {

    private final Budgets budgets;
    private final Envelopes envelopes;
    private final Clock clock;

    BudgetApprovals(Budgets budgets, Envelopes envelopes, Clock clock) {
        this.budgets = budgets;
        this.envelopes = envelopes;
        this.clock = clock;
    }

    Budget approve(String budgetId, Long versionRead, String overrideReason, String by) {
        Budget budget = budgets.get(budgetId);
        budget.expectVersion(versionRead);
        if (budget.status() != BudgetStatus.SUBMITTED) {
            throw new ConflictException("Budget " + budgetId + " is " + budget.status()
                    + "; only a SUBMITTED budget can be approved");
        }
        Envelope envelope = reserve(budget, budget.total(), overrideReason, by);
        Envelope.Allocation allocation = allocationIn(envelope, budgetId).orElseThrow();
        Changed<Budget> approved = budget.approve(allocation, envelope.remaining(), by, clock.instant());
        try {
            return budgets.save(approved);
        } catch (OptimisticLockingFailureException e) {
            giveBack(budget);
            throw e;
        }
    }

    /**
     * Decides a change request. An approved change first moves the budget's reservation in the envelope to the total
     * the change leads to (past the envelope only with an override reason), then changes the budget; if that second
     * write fails, the reservation goes back to the budget's stored total.
     */
    Budget decideChange(String budgetId, String requestId, Long versionRead, boolean approve, String note,
                        String overrideReason, String by) {
        Budget budget = budgets.get(budgetId);
        budget.expectVersion(versionRead);
        if (!approve) {
            return budgets.save(budget.changes().reject(requestId, note, by, clock.instant()));
        }
        Money changedTotal = budget.changes().totalWith(requestId);
        String previousOverride = allocationOf(budget).map(Envelope.Allocation::overrideReason).orElse(null);
        Envelope envelope = reserve(budget, changedTotal, overrideReason != null ? overrideReason : previousOverride,
                by);
        boolean overridden = allocationIn(envelope, budget.id()).map(a -> a.overrideReason() != null).orElse(false);
        try {
            return budgets.save(budget.changes().approve(requestId, overridden, note, by, clock.instant()));
        } catch (OptimisticLockingFailureException e) {
            Budget stored = budgets.get(budgetId);
            reserve(stored, stored.total(), previousOverride, by);
            throw e;
        }
    }

    private Optional<Envelope.Allocation> allocationOf(Budget budget) {
        return envelopes.find(budget.programId(), budget.fiscalYear()).flatMap(e -> allocationIn(e, budget.id()));
    }

    private static Optional<Envelope.Allocation> allocationIn(Envelope envelope, String budgetId) {
        return envelope.allocations().stream().filter(a -> a.budgetId().equals(budgetId)).findFirst();
    }

    /** Sends a submitted budget back to draft and gives back any room a failed approval had reserved. */
    Budget returnToDraft(String budgetId, Long versionRead, String reason, String by) {
        Budget budget = budgets.get(budgetId);
        budget.expectVersion(versionRead);
        budgets.save(budget.returnToDraft(reason, by, clock.instant()));
        giveBack(budget);
        return budget;
    }

    private Envelope reserve(Budget budget, Money total, String overrideReason, String by) {
        return ConcurrentChanges.retry(() -> {
            Envelope envelope = envelopes.find(budget.programId(), budget.fiscalYear())
                    .orElseThrow(() -> new RuleViolationException("envelope", "Program " + budget.programId()
                            + " has no envelope for FY" + budget.fiscalYear() + ": finance sets one before approving"
                            + " its budgets"));
            return envelopes.save(envelope.allocate(budget.id(), budget.rolloutId(), total, overrideReason, by,
                    clock.instant()));
        });
    }

    private void giveBack(Budget budget) {
        try {
            ConcurrentChanges.retry(() -> envelopes.find(budget.programId(), budget.fiscalYear())
                    .filter(envelope -> envelope.release(budget.id()).result())
                    .ifPresent(envelope -> envelopes.save(Changed.silently(envelope))));
        } catch (OptimisticLockingFailureException busy) {
            // The room stays held back, never overbooked; the next approval or return of this budget settles it.
        }
    }
}
