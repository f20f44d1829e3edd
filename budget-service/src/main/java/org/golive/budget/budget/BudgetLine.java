package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One line of a site budget: a category, CAPEX or OPEX, and its phasing: the amount planned for each month. Its
 * {@code origin} says who keeps it: people (MANUAL), or planning's labour cost (PLANNING), which replaces it whole.
 */
public record BudgetLine(String lineId, Category category, ExpenditureType kind, String description,
                         List<PlannedMonth> months, LineOrigin origin) {

    public BudgetLine {
        months = months.stream().sorted(Comparator.comparing(PlannedMonth::month)).toList();
        origin = origin == null ? LineOrigin.MANUAL : origin;
    }

    /** A line people keep. */
    public BudgetLine(String lineId, Category category, ExpenditureType kind, String description,
                      List<PlannedMonth> months) {
        this(lineId, category, kind, description, months, LineOrigin.MANUAL);
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
        return new BudgetLine(lineId, category, kind, description, phasing, origin);
    }
}
