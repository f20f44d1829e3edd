package org.golive.budget.budget;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request to change an approved budget by {@code amount} (negative to give money back) on one line and month,
 * with its justification and, once decided, who decided what. Kept for good in the budget's history.
 *
 * @param lineId null to ask for a new line of {@code category}
 */
public record ChangeRequest(String id, String lineId, Category category, String month, BigDecimal amount,
                            String justification, String requestedBy, Instant requestedAt, Decision decision,
                            String note, String decidedBy, Instant decidedAt) {

    public enum Decision { PENDING, APPROVED, REJECTED }

    ChangeRequest decided(Decision outcome, String decisionNote, String by, Instant at) {
        return new ChangeRequest(id, lineId, category, month, amount, justification, requestedBy, requestedAt,
                outcome, decisionNote, by, at);
    }
}
