package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * One line of a site budget: a category, CAPEX or OPEX, and the amount planned for each month of the fiscal year.
 * Months are kept as "2027-03" and amounts as exact decimals in the budget's currency.
 */
public record BudgetLine(String lineId, Category category, SpendKind kind, String description,
                         List<PlannedMonth> months) {

    public record PlannedMonth(String month, BigDecimal amount) {

        public YearMonth yearMonth() {
            return YearMonth.parse(month);
        }
    }

    public BudgetLine {
        months = List.copyOf(months);
    }

    public Money total(Currency currency) {
        Money total = Money.zero(currency);
        for (PlannedMonth month : months) {
            total = total.plus(Money.of(month.amount(), currency));
        }
        return total;
    }
}
