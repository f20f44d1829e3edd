package org.golive.budget.budget;

import org.golive.contract.budget.ActualRecorded;
import org.golive.contract.budget.BudgetLineTotal;
import org.golive.contract.budget.CommitmentRecorded;

import java.util.List;

/** A budget's lines in the published contract's shape: exact amounts as strings. */
final class BudgetEvents {

    private BudgetEvents() {
    }

    static Record recorded(Budget budget, SpendEntry entry) {
        String amount = entry.amount().setScale(Math.max(0, budget.currencyUnit().getDefaultFractionDigits()))
                .toPlainString();
        if (entry.kind() == SpendEntry.Kind.ACTUAL) {
            return new ActualRecorded(budget.id(), budget.rolloutId(), entry.transactionId(), entry.date(),
                    entry.category().name(), amount, budget.currency(), entry.description(), entry.vendor(),
                    entry.reference(), entry.source(), entry.recordedBy(), entry.recordedAt());
        }
        return new CommitmentRecorded(budget.id(), budget.rolloutId(), entry.transactionId(), entry.date(),
                entry.category().name(), amount, budget.currency(), entry.description(), entry.vendor(),
                entry.reference(), entry.source(), entry.recordedBy(), entry.recordedAt());
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
