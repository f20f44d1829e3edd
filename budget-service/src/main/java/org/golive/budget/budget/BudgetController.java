package org.golive.budget.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.security.RolloutAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Tag(name = "Budgets", description = "Site budgets per fiscal year")
@RestController
class BudgetController {

    private final Budgets budgets;
    private final RolloutAccess access;

    BudgetController(Budgets budgets, RolloutAccess access) {
        this.budgets = budgets;
        this.access = access;
    }

    record BudgetView(String id, String rolloutId, String programId, String siteName, String siteType,
                      LocalDate goLiveDate, int fiscalYear, String currency, BudgetStatus status, Instant openedAt,
                      long version) {
        static BudgetView of(Budget b) {
            return new BudgetView(b.id(), b.rolloutId(), b.programId(), b.siteName(), b.siteType(), b.goLiveDate(),
                    b.fiscalYear(), b.currency(), b.status(), b.openedAt(), b.version());
        }
    }

    record RolloutBudgetsView(String rolloutId, String siteName, List<BudgetView> budgets) {
    }

    @Operation(summary = "The budgets of a site rollout, one per fiscal year")
    @GetMapping("/rollouts/{rolloutId}")
    RolloutBudgetsView ofRollout(@PathVariable String rolloutId) {
        access.check(rolloutId, RolloutAccess.Action.READ);
        List<Budget> found = budgets.ofRollout(rolloutId);
        if (found.isEmpty()) {
            throw new NotFoundException("Budget of rollout", rolloutId);
        }
        return new RolloutBudgetsView(rolloutId, found.get(0).siteName(), found.stream().map(BudgetView::of).toList());
    }

    @Operation(summary = "Read one budget")
    @GetMapping("/budgets/{budgetId}")
    BudgetView get(@PathVariable String budgetId) {
        Budget budget = budgets.get(budgetId);
        access.check(budget.rolloutId(), RolloutAccess.Action.READ);
        return BudgetView.of(budget);
    }
}
