package org.golive.budget.fiscal;

/** What a site keeps paying for once it is live, year after year. */
public enum CostKind {
    MAINTENANCE,
    SUBSCRIPTIONS,
    HOSTING,
    STAFF,
    OTHER
}
