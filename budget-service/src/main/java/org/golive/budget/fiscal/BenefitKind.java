package org.golive.budget.fiscal;

/** What a live site gives back each year. */
public enum BenefitKind {
    SAVINGS,
    REVENUE,
    AVOIDED_COSTS,
    OTHER
}
