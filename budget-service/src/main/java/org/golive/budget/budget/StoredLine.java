package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * A budget line as the budget's document holds it: months as "2027-03" and amounts as plain decimals, the currency
 * being the budget's own. The domain works with {@link BudgetLine}; this record only keeps the stored shape that
 * existing documents have, so they stay readable (a line stored before origins existed is MANUAL).
 */
record StoredLine(String lineId, Category category, ExpenditureType kind, String description, List<Month> months,
                  LineOrigin origin) {

    record Month(String month, BigDecimal amount) {
    }

    static List<StoredLine> of(List<BudgetLine> lines) {
        return lines.stream().map(line -> new StoredLine(line.lineId(), line.category(), line.kind(),
                line.description(), line.months().stream().map(m -> new Month(m.month().toString(),
                        m.amount().amount())).toList(), line.origin() == LineOrigin.MANUAL ? null : line.origin()))
                .toList();
    }

    static List<BudgetLine> read(List<StoredLine> stored, Currency currency) {
        return stored.stream().map(line -> new BudgetLine(line.lineId(), line.category(), line.kind(),
                line.description(), line.months().stream().map(m -> new PlannedMonth(YearMonth.parse(m.month()),
                        Money.rounded(m.amount(), currency))).toList(), line.origin())).toList();
    }
}
