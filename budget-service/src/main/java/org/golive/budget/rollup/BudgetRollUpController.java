package org.golive.budget.rollup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.input.FiscalYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Budget roll-up", description = "A program's site budgets summed per wave and per site, by category"
        + " and fiscal year, beside its envelopes")
@RestController
class BudgetRollUpController {

    private final BudgetRollUp rollUp;

    BudgetRollUpController(BudgetRollUp rollUp) {
        this.rollUp = rollUp;
    }

    @Operation(summary = "A program's budgets rolled up per wave and site: planned, approved, committed, actual,"
            + " forecast and variance, by category and fiscal year, with each year's envelope",
            description = "Approved counts approved and closed budgets; committed is what is still open on purchase"
                    + " orders; forecast is the estimate at completion; variance is planned minus forecast"
                    + " (negative: an overrun). fiscalYear narrows it to one year.")
    @GetMapping("/programs/{programId}/budget-roll-up")
    BudgetRollUpView budgetRollUp(@PathVariable String programId,
                               @RequestParam(required = false) @FiscalYear Integer fiscalYear) {
        return rollUp.of(programId, fiscalYear);
    }
}
