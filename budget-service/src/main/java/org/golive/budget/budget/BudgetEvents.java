package org.golive.budget.budget;

import org.golive.contract.budget.BudgetLineTotal;

import java.util.List;

/** A budget's lines in the published contract's shape: exact amounts as strings. */
final class BudgetEvents {

    private BudgetEvents() {
    }

    static List<BudgetLineTotal> lines(Budget budget) {
        return budget.lines().stream().map(line -> new BudgetLineTotal(line.lineId(), line.category().name(),
                line.kind().name(), line.description(), line.total(budget.currencyUnit()).amount().toPlainString(),
                line.months().stream().map(m -> new BudgetLineTotal.MonthAmount(m.month(),
                        budget.currencyUnit().getDefaultFractionDigits() < 0 ? m.amount().toPlainString()
                                : m.amount().setScale(budget.currencyUnit().getDefaultFractionDigits())
                                .toPlainString())).toList())).toList();
    }
}
