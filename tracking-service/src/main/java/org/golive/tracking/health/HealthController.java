package org.golive.tracking.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.golive.tracking.status.RolloutPlans;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Tag(name = "Health", description = "Each rollout's RAG by the PMO's rules, and the rules")
@RestController
class HealthController {

    private final RolloutPlans plans;
    private final RolloutHealths healths;
    private final HealthEvaluation evaluation;
    private final HealthRulesStore rules;
    private final RolloutAccess access;
    private final Clock clock;

    HealthController(RolloutPlans plans, RolloutHealths healths, HealthEvaluation evaluation, HealthRulesStore rules,
                     RolloutAccess access, Clock clock) {
        this.plans = plans;
        this.healths = healths;
        this.evaluation = evaluation;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    /** @param cause the rule behind the overall colour */
    record HealthView(String rolloutId, Colour overall, String cause, List<DimensionView> dimensions,
                      Instant evaluatedAt) {
    }

    record DimensionView(Dimension dimension, Colour colour, String rule, String value, String threshold) {
    }

    /** The rules to put, with the version read from {@code GET /health-rules} (409 when it is stale). */
    record RulesForm(@NotNull @PositiveOrZero Long version, @NotNull @Valid HealthRules.Schedule schedule,
                     @NotNull @Valid HealthRules.Cost cost, @NotNull @Valid HealthRules.Readiness readiness,
                     @NotNull @Valid HealthRules.Stakeholders stakeholders) {
    }

    @Operation(summary = "A rollout's health: schedule, cost, readiness, stakeholders and overall, each naming its rule")
    @GetMapping("/rollouts/{rolloutId}/health")
    HealthView health(@PathVariable String rolloutId) {
        plans.requireKnown(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        if (healths.find(rolloutId).isEmpty()) {
            evaluation.reevaluate(rolloutId);
        }
        RolloutHealth health = healths.find(rolloutId).orElseThrow();
        List<DimensionView> dimensions = Arrays.stream(Dimension.values()).map(dimension -> {
            Verdict verdict = health.dimensions().getOrDefault(dimension.name(), Verdict.NO_DATA);
            return new DimensionView(dimension, verdict.colour(), verdict.rule(), verdict.value(), verdict.threshold());
        }).toList();
        return new HealthView(rolloutId, health.overall().colour(), health.overall().rule(), dimensions,
                health.evaluatedAt());
    }

    @Operation(summary = "The health rules in force (thresholds per dimension) and their version")
    @GetMapping("/health-rules")
    HealthRulesStore.StoredRules rules() {
        return rules.current();
    }

    @Operation(summary = "Change the health rules (PMO); every rollout is judged again at once")
    @PutMapping("/health-rules")
    HealthRulesStore.StoredRules changeRules(@Valid @RequestBody RulesForm form) {
        HealthRules changed = new HealthRules(form.schedule(), form.cost(), form.readiness(), form.stakeholders())
                .validated();
        HealthRulesStore.StoredRules stored = rules.replace(form.version(), changed, Caller.current().name(),
                clock.instant());
        evaluation.reevaluateAll();
        return stored;
    }
}
