package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a budget will end: the estimate at completion (EAC) of each category is what was actually spent plus the
 * larger of what is still open on its commitments and what is still planned but not spent, so neither a signed
 * purchase order nor the remaining plan is forgotten. Variance is planned minus EAC: negative is an overrun.
 */
public record Forecast(Money planned, Money estimateAtCompletion, Money variance, Map<Category, Line> categories) {

    public record Line(Money planned, Money actual, Money openCommitments, Money estimateAtCompletion,
                       Money variance) {
    }

    static Forecast of(Budget budget) {
        Currency unit = budget.currencyUnit();
        Map<Category, SpendLedger.Position> positions = budget.ledger().byCategory(unit);
        Map<Category, Line> lines = new EnumMap<>(Category.class);
        Money planned = Money.zero(unit);
        Money eac = Money.zero(unit);
        for (Category category : Category.values()) {
            Money plan = budget.approvedFor(category);
            SpendLedger.Position position = positions.get(category);
            if (plan.isZero() && position.exposure().isZero() && position.actual().isZero()) {
                continue;
            }
            Money unspent = plan.minus(position.actual());
            Money remaining = max(position.openCommitments(), unspent.isNegative() ? Money.zero(unit) : unspent);
            Money estimate = position.actual().plus(remaining);
            lines.put(category, new Line(plan, position.actual(), position.openCommitments(), estimate,
                    plan.minus(estimate)));
            planned = planned.plus(plan);
            eac = eac.plus(estimate);
        }
        return new Forecast(planned, eac, planned.minus(eac), lines);
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
