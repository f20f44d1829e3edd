package org.golive.tracking.benefits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.tracking.benefits.BenefitsViews.BenefitsView;
import org.golive.tracking.benefits.BenefitsViews.ProgramProgressView;
import org.golive.tracking.status.StatusDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;

@Tag(name = "Benefits", description = "Progress toward the program's KPI targets, the sites lagging, and the"
        + " benefits realized")
@RestController
class ProgramBenefitsController {

    private final BenefitsQueries queries;
    private final StatusDate today;

    ProgramBenefitsController(BenefitsQueries queries, StatusDate today) {
        this.queries = queries;
        this.today = today;
    }

    @Operation(summary = "Each KPI's progress per site and for the program in a month (this one by default), and"
            + " the sites lagging behind their path")
    @GetMapping("/benefits/programs/{programId}/progress")
    ProgramProgressView progress(@PathVariable String programId,
                                 @RequestParam(required = false) YearMonth period) {
        return queries.progress(programId, BenefitsViews.month(period, today.today()));
    }

    @Operation(summary = "The benefits the monetary KPIs realized, per site and year after go-live, up to a month",
            description = "Beside the fiscal plan's years (GET /api/budgets/rollouts/{id}/fiscal-impact): year 1"
                    + " is the go-live month and the eleven after it")
    @GetMapping("/benefits/programs/{programId}/benefits")
    BenefitsView benefits(@PathVariable String programId, @RequestParam(required = false) YearMonth upTo) {
        return queries.benefits(programId, BenefitsViews.month(upTo, today.today()));
    }
}
