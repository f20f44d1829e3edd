package org.golive.contract.budget;

import java.time.Instant;
import java.util.List;

/** A site budget was submitted for finance's approval, with its lines. Key: rollout id. */
public record BudgetSubmitted(String budgetId, String rolloutId, String programId, int fiscalYear, String currency,
                              String total, List<BudgetLineTotal> lines, String submittedBy, Instant submittedAt) {

    public static final String TYPE = "org.golive.budget.budget.submitted.v1";
}
