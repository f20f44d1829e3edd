package org.golive.contract.budget;

import java.time.Instant;

/**
 * Someone asked to change an approved budget: an amount (positive or negative) on a line and month, with a
 * justification. Key: rollout id.
 *
 * @param lineId null when the change asks for a new line of {@code category}
 */
public record BudgetChangeRequested(String budgetId, String rolloutId, String changeRequestId, String lineId,
                                    String category, String month, String amount, String currency,
                                    String justification, String requestedBy, Instant requestedAt) {

    public static final String TYPE = "org.golive.budget.change.requested.v1";
}
