package org.golive.budget.budget;

import org.golive.platform.outbox.Changed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a budget takes from planning: its site's go-live moves and its labour cost. Planning's events may come again
 * or late, so each is applied once and in order, by the sequence the budget keeps ({@link Budget#planning()}).
 */
public final class BudgetFromPlanning {

    private final Budget budget;

    BudgetFromPlanning(Budget budget) {
        this.budget = budget;
    }

    /**
     * Moves the unspent phasing by as many months as go-live moved (see {@link LinePlan#shift}); no event for a
     * planning event applied before, a closed budget, or a move within the same month.
     */
    public Changed<Budget> followGoLive(long sequence, LocalDate previousGoLive, LocalDate newGoLive,
                                        YearMonth currentMonth, FiscalCalendar calendar, Instant now) {
        if (budget.hasApplied(sequence)) {
            return Changed.silently(budget);
        }
        budget.applied(sequence, newGoLive);
        int months = (int) YearMonth.from(previousGoLive).until(YearMonth.from(newGoLive), ChronoUnit.MONTHS);
        if (months == 0 || budget.status() == BudgetStatus.CLOSED || budget.plan().isEmpty()) {
            return Changed.silently(budget);
        }
        LinePlan.Shifted shifted = budget.plan().shift(months, currentMonth, budget.fiscalYear(calendar));
        budget.hold(shifted.plan());
        return Changed.of(budget, BudgetEvents.shifted(budget, previousGoLive, months, shifted.clamped(), now));
    }

    /**
     * Replaces the planning lines of a draft with planning's labour cost ({@code sequence}: its place among the
     * rollout's labour cost events). A submitted, approved or closed budget keeps its lines: those change by the
     * workflow. Returns whether the budget took it (then it must be stored: its sequence moved, its lines may have).
     */
    public Changed<Boolean> takeLabourCost(long sequence, List<LabourLines.RoleMonth> months,
                                           FiscalCalendar calendar) {
        if (sequence <= budget.labourSequence() || budget.status() != BudgetStatus.DRAFT) {
            return Changed.silently(false);
        }
        budget.tookLabourCost(sequence);
        budget.hold(budget.plan().withLabour(LabourLines.of(months, budget.fiscalYear(calendar),
                budget.currencyUnit())));
        return Changed.silently(true);
    }
}
