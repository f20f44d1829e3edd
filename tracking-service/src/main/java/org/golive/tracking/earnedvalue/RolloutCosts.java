package org.golive.tracking.earnedvalue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A rollout's budgets and actual costs, as budget's events told them.
 *
 * @param sequence how many of budget's events the costs hold, as the sum of the sequences each budget (an event
 *                 source) reached: it rises with every event applied, so of two reads of the costs the later has the
 *                 higher (0 for no costs)
 */
public record RolloutCosts(List<ApprovedBudget> budgets, List<Actual> actuals, long sequence) {

    public static final RolloutCosts NONE = new RolloutCosts(List.of(), List.of());

    public RolloutCosts(List<ApprovedBudget> budgets, List<Actual> actuals) {
        this(budgets, actuals, 0);
    }

    /** A budget counts toward the budget at completion once approved; closing it keeps its total. */
    record ApprovedBudget(String status, String currency, BigDecimal total) {

        boolean counts() {
            return total != null && ("APPROVED".equals(status) || "CLOSED".equals(status));
        }
    }

    record Actual(LocalDate date, BigDecimal amount, String currency) {
    }

    BigDecimal budgetAtCompletion() {
        return budgets.stream().filter(ApprovedBudget::counts).map(ApprovedBudget::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Actual cost booked up to and including the status date. */
    BigDecimal actualCost(LocalDate on) {
        return actuals.stream().filter(actual -> actual.date() == null || !actual.date().isAfter(on))
                .map(Actual::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The currency of the approved budgets (then of any budget or actual), or null when there is none. */
    String currency() {
        return budgets.stream().filter(ApprovedBudget::counts).map(ApprovedBudget::currency).filter(Objects::nonNull)
                .findFirst()
                .or(() -> budgets.stream().map(ApprovedBudget::currency).filter(Objects::nonNull).findFirst())
                .or(() -> actuals.stream().map(Actual::currency).filter(Objects::nonNull).findFirst())
                .orElse(null);
    }
}
