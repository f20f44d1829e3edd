package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a budget will end: the estimate at completion (EAC) of each category is what was actually spent plus the
 * larger of what is still open on its commitments and what is still planned but not spent, so neither a signed
 * purchase order nor the remaining plan is forgotten. Variance is planned minus EAC: negative is an overrun. By month,
 * the plan is set against the actuals dated in that month.
 */
public record Forecast(Money planned, Money estimateAtCompletion, Money variance, Map<Category, Line> categories,
                       Map<String, Line> lines, SortedMap<YearMonth, Month> months) {

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

    /** A month's plan against its actuals; variance is planned minus actual. */
    public record Month(Money planned, Money actual, Money variance) {
    }

    static Forecast of(LinePlan plan, SpendLedger ledger) {
        Currency unit = plan.currency();
        Map<Category, SpendLedger.Position> positions = ledger.byCategory(unit);
        Map<Category, Line> lines = new EnumMap<>(Category.class);
        Money planned = Money.zero(unit);
        Money eac = Money.zero(unit);
        for (Category category : Category.values()) {
            Money approved = plan.plannedFor(category);
            SpendLedger.Position position = positions.get(category);
            if (approved.isZero() && position.exposure().isZero() && position.actual().isZero()) {
                continue;
            }
            Line line = Line.of(approved, position);
            lines.put(category, line);
            planned = planned.plus(approved);
            eac = eac.plus(line.estimateAtCompletion());
        }
        return new Forecast(planned, eac, planned.minus(eac), lines, byLine(plan, ledger), byMonth(plan, ledger));
    }

    /**
     * Each budget line's own forecast: the spend booked on it, and when it is the only line of its category, the
     * category's spend that names no line. Where a category has several lines, spend that names none counts in the
     * category's forecast only.
     */
    private static Map<String, Line> byLine(LinePlan plan, SpendLedger ledger) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (BudgetLine line : plan.lines()) {
            boolean onlyLine = plan.onlyLineOf(line);
            SpendLedger.Position position = ledger.position(plan.currency(), entry -> line.lineId().equals(
                    entry.lineId()) || (onlyLine && entry.lineId() == null && entry.category() == line.category()));
            lines.put(line.lineId(), Line.of(line.total(plan.currency()), position));
        }
        return lines;
    }

    private static SortedMap<YearMonth, Month> byMonth(LinePlan plan, SpendLedger ledger) {
        Money zero = Money.zero(plan.currency());
        SortedMap<YearMonth, Money> planned = plan.byMonth();
        SortedMap<YearMonth, Money> actual = ledger.actualsByMonth(plan.currency());
        SortedMap<YearMonth, Month> months = new TreeMap<>();
        TreeSet<YearMonth> all = new TreeSet<>(planned.keySet());
        all.addAll(actual.keySet());
        for (YearMonth month : all) {
            Money plannedIn = planned.getOrDefault(month, zero);
            Money spent = actual.getOrDefault(month, zero);
            months.put(month, new Month(plannedIn, spent, plannedIn.minus(spent)));
        }
        return months;
    }

    /** Whether the estimate at completion differs from the one last published (none yet counts as differing). */
    boolean movedFrom(BigDecimal publishedEstimate) {
        return publishedEstimate == null || publishedEstimate.compareTo(estimateAtCompletion.amount()) != 0;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
