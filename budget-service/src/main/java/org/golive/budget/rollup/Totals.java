package org.golive.budget.rollup;

import org.golive.budget.budget.Budget;
import org.golive.budget.budget.BudgetStatus;
import org.golive.budget.budget.Category;
import org.golive.budget.budget.Forecast;

import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The figures of a group of budgets (a site's, a wave's, a program's): in all, by category, by fiscal year. */
final class Totals {

    private final Currency currency;
    private final Map<Category, Figures> categories = new EnumMap<>(Category.class);
    private final SortedMap<Integer, Figures> fiscalYears = new TreeMap<>();
    private Figures total;
    private int budgets;

    Totals(Currency currency) {
        this.currency = currency;
        this.total = Figures.zero(currency);
    }

    void add(Budget budget) {
        boolean approved = budget.status() == BudgetStatus.APPROVED || budget.status() == BudgetStatus.CLOSED;
        Figures whole = Figures.zero(currency);
        for (Map.Entry<Category, Forecast.Line> line : budget.forecast().categories().entrySet()) {
            Figures figures = Figures.of(line.getValue(), approved);
            categories.merge(line.getKey(), figures, Figures::plus);
            whole = whole.plus(figures);
        }
        total = total.plus(whole);
        fiscalYears.merge(budget.fiscalYear(), whole, Figures::plus);
        budgets++;
    }

    Figures total() {
        return total;
    }

    Map<Category, Figures> categories() {
        return categories;
    }

    SortedMap<Integer, Figures> fiscalYears() {
        return fiscalYears;
    }

    int budgets() {
        return budgets;
    }
}
