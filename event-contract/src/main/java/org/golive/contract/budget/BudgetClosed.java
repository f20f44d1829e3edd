package org.golive.contract.budget;

import java.time.Instant;

/** An approved budget was closed: the fiscal year's spend on the site is final. Key: rollout id. */
public record BudgetClosed(String budgetId, String rolloutId, int fiscalYear, String closedBy, Instant closedAt) {

    public static final String TYPE = "org.golive.budget.budget.closed.v1";
}
