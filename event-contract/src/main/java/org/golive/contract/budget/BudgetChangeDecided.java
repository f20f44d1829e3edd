package org.golive.contract.budget;

import java.time.Instant;

/**
 * Finance approved or rejected a change request; an approved one changed the budget's line and total. Key: rollout id.
 *
 * @param decision APPROVED or REJECTED
 * @param total    the budget's total after the decision
 */
public record BudgetChangeDecided(String budgetId, String rolloutId, String changeRequestId, String decision,
                                  String note, String amount, String total, String currency,
                                  boolean envelopeOverridden, String decidedBy, Instant decidedAt) {

    public static final String TYPE = "org.golive.budget.change.decided.v1";
}
