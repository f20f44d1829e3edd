package org.golive.tracking.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.security.RolloutAccess;
import org.golive.tracking.status.RolloutPlans;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Status reports")
@RestController
class TrendController {

    private final StatusReports reports;
    private final RolloutPlans plans;
    private final RolloutAccess access;

    TrendController(StatusReports reports, RolloutPlans plans, RolloutAccess access) {
        this.reports = reports;
        this.plans = plans;
        this.access = access;
    }

    @Operation(summary = "A rollout's trends by week from its published reports: burn-up, SPI and CPI, readiness")
    @GetMapping("/rollouts/{rolloutId}/trends")
    Trends trends(@PathVariable String rolloutId) {
        plans.requireKnown(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return Trends.of(rolloutId, reports.publishedOf(rolloutId), StatusReportView.callerSeesMoney());
    }
}
