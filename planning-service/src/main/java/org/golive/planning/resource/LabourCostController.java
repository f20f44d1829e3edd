package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.planning.role.ResourceRole;
import org.golive.planning.rollout.Rollout;
import org.golive.planning.rollout.Rollouts;
import org.golive.platform.security.RolloutAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Tag(name = "Resources")
@RestController
class LabourCostController {

    private final Rollouts rollouts;
    private final LabourCostRefresh costs;
    private final PoolSettings settings;
    private final RolloutAccess access;

    LabourCostController(Rollouts rollouts, LabourCostRefresh costs, PoolSettings settings, RolloutAccess access) {
        this.rollouts = rollouts;
        this.costs = costs;
        this.settings = settings;
        this.access = access;
    }

    /** @param month "2027-03" */
    @Schema(name = "LabourCostMonthView")
    record MonthView(String month, ResourceRole role, BigDecimal hours, BigDecimal amount) {
    }

    /** @param computedAt null until someone is assigned to one of the rollout's tasks */
    @Schema(name = "LabourCostView")
    record LabourCostView(String rolloutId, String programId, String currency, List<MonthView> months,
                          BigDecimal total, Instant computedAt, Long version) {
    }

    @Operation(summary = "A rollout's labour cost by month and role (assignments x hours on the task's working days x"
            + " the cost rate in force), as published in org.golive.planning.resource.labour-cost-changed.v1")
    @GetMapping("/rollouts/{rolloutId}/labour-cost")
    LabourCostView read(@PathVariable String rolloutId) {
        Rollout rollout = rollouts.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return costs.find(rolloutId)
                .map(cost -> new LabourCostView(rolloutId, rollout.programId(), cost.currency(),
                        cost.months().stream().map(m -> new MonthView(m.month().toString(), m.role(),
                                Hours.decimal(m.centihours()), m.amount())).toList(),
                        cost.total(), cost.computedAt(), cost.version()))
                .orElseGet(() -> new LabourCostView(rolloutId, rollout.programId(),
                        settings.currency().getCurrencyCode(), List.of(),
                        BigDecimal.ZERO.setScale(settings.currency().getDefaultFractionDigits()), null, null));
    }
}
