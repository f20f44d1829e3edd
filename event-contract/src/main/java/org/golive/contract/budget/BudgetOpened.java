package org.golive.contract.budget;

import java.time.Instant;

/** A draft budget was opened for a site rollout and fiscal year. Key: rollout id. */
public record BudgetOpened(
        String budgetId,
        String rolloutId,
        String programId,
        String siteName,
        int fiscalYear,
        String currency,
        String status,
        Boolean goLiveYear,
        String total,
        Instant openedAt) {

    public static final String TYPE = "org.golive.budget.budget.opened.v1";
}
