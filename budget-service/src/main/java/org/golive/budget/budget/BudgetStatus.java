package org.golive.budget.budget;

/** The approval workflow of a site budget. */
public enum BudgetStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    CLOSED
}
