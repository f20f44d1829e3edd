package org.golive.budget.budget;

import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Books a budget's commitments and actuals into its {@link SpendLedger}, checked against its lines
 * ({@link SpendRules}), with the thresholds they pass and the forecast they move: all in the budget's one write, so
 * an import and its events are stored together ({@link Budget#spend()}).
 */
public final class BudgetSpend {

    private final Budget budget;

    BudgetSpend(Budget budget) {
        this.budget = budget;
    }

    /**
     * Books commitments and actuals, each once: an event each, and one for each threshold newly passed (the budget's
     * own thresholds, else {@code programThresholds}).
     */
    public Changed<Booking> book(List<SpendEntry> batch, List<Integer> programThresholds, FiscalCalendar calendar,
                                 Instant now) {
        budget.status().requireOpenSpend(budget.id());
        Booking booking = budget.ledger().book(batch,
                new SpendRules(budget.id(), budget.plan(), budget.fiscalYear(calendar))::refusal);
        if (booking.recorded().isEmpty()) {
            return Changed.silently(booking);
        }
        List<RaisedEvent> events = new ArrayList<>(booking.recorded().stream()
                .map(entry -> BudgetEvents.recorded(budget, entry)).toList());
        if (budget.status() == BudgetStatus.APPROVED) {
            events.addAll(budget.thresholdRules().crossings(new ThresholdPercents(programThresholds), now));
        }
        return new Changed<>(booking, budget.withForecast(events, now));
    }
}
