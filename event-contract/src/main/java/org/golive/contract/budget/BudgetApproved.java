package org.golive.contract.budget;

import java.time.Instant;
import java.util.List;

/**
 * Finance approved a site budget. Key: rollout id.
 *
 * @param envelopeRemaining what is left of the program's envelope for the fiscal year after this approval (negative
 *                          when an override took the program over it)
 * @param overrideReason    why finance approved past the envelope, or null when the budget fitted
 */
public record BudgetApproved(String budgetId, String rolloutId, String programId, int fiscalYear, String currency,
                             String total, List<BudgetLineTotal> lines, String envelopeRemaining,
                             boolean envelopeOverridden, String overrideReason, String approvedBy,
                             Instant approvedAt) {

    public static final String TYPE = "org.golive.budget.budget.approved.v1";
}
