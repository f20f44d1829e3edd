package org.golive.contract.budget;

import java.time.Instant;

/** Finance sent a submitted budget back to draft, saying why. Key: rollout id. */
public record BudgetReturned(String budgetId, String rolloutId, int fiscalYear, String reason, String returnedBy,
                             Instant returnedAt) {

    public static final String TYPE = "org.golive.budget.budget.returned.v1";
}
