package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a budget will end: the estimate at completion (EAC) of each category is what was actually spent plus the
 * larger of what is still open on its commitments and what is still planned but not spent, so neither a signed
 * purchase order nor the remaining plan is forgotten. Variance is planned minus EAC: negative is an overrun.
 */
public record Forecast(Money planned, Money estimateAtCompletion, Money variance, Map<Category, Line> categories,
                       Map<String, Line> lines) {

    public record Line(Money planned, Money actual, Money openCommitments, Money estimateAtCompletion,
                       Money variance) {

        static Line of(Money planned, SpendLedger.Position position) {
            Money unspent = planned.minus(position.actual());
            Money zero = Money.zero(planned.currency());
            Money remaining = max(position.openCommitments(), unspent.isNegative() ? zero : unspent);
            Money estimate = position.actual().plus(remaining);
            return new Line(planned, position.actual(), position.openCommitments(), estimate,
                    planned.minus(estimate));
        }
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
            Line line = Line.of(plan, position);
            lines.put(category, line);
            planned = planned.plus(plan);
            eac = eac.plus(line.estimateAtCompletion());
        }
        return new Forecast(planned, eac, planned.minus(eac), lines, byLine(budget));
    }

    /**
     * Each budget line's own forecast: the spend booked on it, and when it is the only line of its category, the
     * category's spend that names no line. Where a category has several lines, spend that names none counts in the
     * category's forecast only.
     */
    private static Map<String, Line> byLine(Budget budget) {
        Currency unit = budget.currencyUnit();
        Map<String, Line> lines = new LinkedHashMap<>();
        for (BudgetLine line : budget.lines()) {
            boolean onlyLine = budget.lines().stream().filter(l -> l.category() == line.category()).count() == 1;
            SpendLedger.Position position = budget.ledger().position(unit, entry -> line.lineId().equals(
                    entry.lineId()) || (onlyLine && entry.lineId() == null && entry.category() == line.category()));
            lines.put(line.lineId(), Line.of(line.total(unit), position));
        }
        return lines;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
