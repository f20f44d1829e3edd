package org.golive.budget.budget;

import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget's spend thresholds: its own, or its program's when it has none. Spend already past a threshold that
 * starts to apply is announced in the same write as the change, so no crossing waits for the next booking
 * ({@link Budget#thresholdRules()}).
 */
final class BudgetThresholds {

    private final Budget budget;

    BudgetThresholds(Budget budget) {
        this.budget = budget;
    }

    /**
     * Sets the budget's own thresholds, or with {@code own} null returns it to its program's. Spend already past a
     * new threshold of an approved budget is announced at once.
     */
    Changed<Budget> set(ThresholdPercents own, ThresholdPercents program, String by, Instant now) {
        budget.status().requireOpenSpend(budget.id());
        List<Integer> previous = budget.ownThresholds();
        budget.holdOwnThresholds(own == null ? null : own.values());
        List<RaisedEvent> events = new ArrayList<>();
        events.add(BudgetEvents.thresholdsSet(budget, previous, budget.thresholds(program), by, now));
        events.addAll(crossings(program, now));
        return new Changed<>(budget, events);
    }

    /** After its program's thresholds changed: announces what spend already passed, unless it has its own. */
    Changed<Budget> reassess(ThresholdPercents program, Instant now) {
        return budget.ownThresholds() != null ? Changed.silently(budget)
                : new Changed<>(budget, crossings(program, now));
    }

    /** An event for each threshold that applies and spend newly passed; none before approval. */
    List<RaisedEvent> crossings(ThresholdPercents program, Instant now) {
        if (budget.status() != BudgetStatus.APPROVED) {
            return List.of();
        }
        return budget.ledger().crossings(budget.plan(), budget.thresholds(program).values()).stream()
                .map(c -> BudgetEvents.crossed(budget, c, now)).toList();
    }
}
