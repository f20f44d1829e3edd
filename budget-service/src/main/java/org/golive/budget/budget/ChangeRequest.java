package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;

/**
 * A request to change an approved budget by {@code amount} (negative to give money back) on one line and month,
 * with its justification and, once decided, who decided what. Kept for good in the budget's history, in the shape
 * its documents have always had (the month as "2027-03", the amount a plain decimal in the budget's currency).
 *
 * @param lineId null to ask for a new line of {@code category}
 */
public record ChangeRequest(String id, String lineId, Category category, String month, BigDecimal amount,
                            String justification, String requestedBy, Instant requestedAt, Decision decision,
                            String note, String decidedBy, Instant decidedAt) {

    public enum Decision { PENDING, APPROVED, REJECTED }

    YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    Money delta(Currency currency) {
        return Money.rounded(amount, currency);
    }

    ChangeRequest decided(Decision outcome, String decisionNote, String by, Instant at) {
        return new ChangeRequest(id, lineId, category, month, amount, justification, requestedBy, requestedAt,
                outcome, decisionNote, by, at);
    }
}
