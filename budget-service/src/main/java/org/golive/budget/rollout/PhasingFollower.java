package org.golive.budget.rollout;

import org.golive.budget.budget.Budget;
import org.golive.budget.budget.BudgetSettings;
import org.golive.budget.budget.Budgets;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.platform.outbox.ConcurrentChanges;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.YearMonth;

/**
 * Moves a site's budgets with its go-live. Each budget remembers the last planning event it applied, in the same
 * write as the shift and its event, so a redelivered move shifts nothing twice.
 */
@Component
class PhasingFollower {

    private final Budgets budgets;
    private final BudgetSettings settings;
    private final Clock clock;

    PhasingFollower(Budgets budgets, BudgetSettings settings, Clock clock) {
        this.budgets = budgets;
        this.settings = settings;
        this.clock = clock;
    }

    void follow(IncomingEvent event, GoLiveRescheduled moved) {
        for (Budget loaded : budgets.ofRollout(moved.rolloutId())) {
            ConcurrentChanges.retry(() -> {
                Budget budget = budgets.get(loaded.id());
                if (!budget.hasApplied(event.sequence())) {
                    budgets.save(budget.planning().followGoLive(event.sequence(), moved.previousGoLiveDate(),
                            moved.goLiveDate(), YearMonth.now(clock), settings.fiscalCalendar(), clock.instant()));
                }
            });
        }
    }
}
