package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.util.Optional;

/**
 * What a budget refuses to book, field by field: a commitment below zero, a date outside its fiscal year, a line it
 * does not have or of another category, an amount its currency cannot hold.
 */
record SpendRules(String budgetId, LinePlan plan, FiscalYear year) {

    Optional<Booking.Refusal> refusal(SpendEntry entry) {
        if (entry.kind() == SpendEntry.Kind.COMMITMENT && entry.amount().signum() < 0) {
            return refused(entry, "amount", "A commitment cannot be negative");
        }
        if (!year.contains(entry.date())) {
            return refused(entry, "date", year.outside(entry.date()));
        }
        if (entry.lineId() != null) {
            Optional<BudgetLine> line = plan.line(entry.lineId());
            if (line.isEmpty()) {
                return refused(entry, "lineId", "Budget " + budgetId + " has no line " + entry.lineId());
            }
            if (line.get().category() != entry.category()) {
                return refused(entry, "lineId", "Line " + entry.lineId() + " is a " + line.get().category()
                        + " line, not " + entry.category());
            }
        }
        try {
            Money.of(entry.amount(), plan.currency());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return refused(entry, "amount", e.getMessage());
        }
    }

    private static Optional<Booking.Refusal> refused(SpendEntry entry, String field, String message) {
        return Optional.of(new Booking.Refusal(entry, field, message));
    }
}
