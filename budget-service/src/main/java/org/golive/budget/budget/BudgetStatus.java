package org.golive.budget.budget;

import org.golive.platform.problem.ConflictException;

/** The approval workflow of a site budget. */
public enum BudgetStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    CLOSED;

    /** Refuses an action this status does not allow: a conflict with the budget's state (409). */
    void require(BudgetStatus expected, String budgetId, String action) {
        if (this != expected) {
            throw new ConflictException("Budget " + budgetId + " is " + this + "; only a " + expected
                    + " budget can be " + action
                    + (this == APPROVED ? " (an approved budget changes by change requests)" : ""));
        }
    }

    /** Refuses to change the spend of a closed budget, or what it is measured by: its spend is final (409). */
    void requireOpenSpend(String budgetId) {
        if (this == CLOSED) {
            throw new ConflictException("Budget " + budgetId + " is closed: its spend is final");
        }
    }
}
