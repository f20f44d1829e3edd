package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** One line of a site budget: a category, CAPEX or OPEX, and its phasing: the amount planned for each month. */
public record BudgetLine(String lineId, Category category, ExpenditureType kind, String description,
                         List<PlannedMonth> months) {

    public BudgetLine {
        months = months.stream().sorted(Comparator.comparing(PlannedMonth::month)).toList();
    }

    public Money total(Currency currency) {
        Money total = Money.zero(currency);
        for (PlannedMonth month : months) {
            total = total.plus(month.amount());
        }
        return total;
    }

    Optional<Money> plannedIn(YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month)).map(PlannedMonth::amount).findFirst();
    }

    BudgetLine withMonths(List<PlannedMonth> phasing) {
        return new BudgetLine(lineId, category, kind, description, phasing);
    }
}
