package org.golive.tracking.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.security.RolloutAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Optional;

@Tag(name = "Status", description = "Where a site's plan stands: progress, overdue tasks, milestones, variance, burn-up")
@RestController
class StatusController {

    private final RolloutPlans plans;
    private final KeptStatuses kept;
    private final StatusDate statusDate;
    private final RolloutAccess access;

    StatusController(RolloutPlans plans, KeptStatuses kept, StatusDate statusDate, RolloutAccess access) {
        this.plans = plans;
        this.kept = kept;
        this.statusDate = statusDate;
        this.access = access;
    }

    @Operation(summary = "A rollout's status on a date: asOf, else the plan's status date if its project manager set "
            + "one, else today")
    @GetMapping("/rollouts/{rolloutId}/status")
    RolloutStatus status(@PathVariable String rolloutId,
                         @Parameter(description = "status date, e.g. 2027-03-01")
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Optional<RolloutStatus> status = kept.find(rolloutId, asOf, statusDate.today());
        if (status.isPresent()) {
            access.check(rolloutId, RolloutAccess.Action.READ);
            return status.get();
        }
        // Another date, or not judged yet on this one: worked out from the plan.
        TrackedPlan plan = plans.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return StatusCalculator.status(plan, statusDate.orToday(asOf != null ? asOf : plan.statusDate()));
    }
}
