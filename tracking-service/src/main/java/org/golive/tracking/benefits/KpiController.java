package org.golive.tracking.benefits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.PlainText;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.golive.tracking.benefits.BenefitsViews.GoalView;
import org.golive.tracking.benefits.BenefitsViews.GoalsView;
import org.golive.tracking.benefits.BenefitsViews.KpiView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

@Tag(name = "Strategic goals and KPIs", description = "The KPIs the PMO measures the program's strategic goals by")
@RestController
class KpiController {

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";

    private final Kpis kpis;
    private final BenefitSites sites;
    private final Clock clock;

    KpiController(Kpis kpis, BenefitSites sites, Clock clock) {
        this.kpis = kpis;
        this.sites = sites;
        this.clock = clock;
    }

    /** @param version omit when defining the KPI; the version read when changing it */
    record KpiForm(@NotBlank @Pattern(regexp = ID) String goalId, @NotBlank @Size(max = 200) @PlainText String name,
                   @NotBlank @Size(max = 50) @PlainText String unit, @NotNull Direction direction,
                   @NotNull BigDecimal baseline, @NotNull BigDecimal target, @NotNull LocalDate targetDate,
                   @Pattern(regexp = "[A-Z]{3}") String currency, Long version) {
    }

    @Operation(summary = "The program's strategic goals (as planning states them), each with its KPIs")
    @GetMapping("/benefits/programs/{programId}/goals")
    GoalsView goals(@PathVariable String programId) {
        BenefitSites.Program program = sites.program(programId);
        List<Kpi> defined = kpis.ofProgram(programId);
        List<GoalView> goals = new ArrayList<>(program.goals().stream().map(g -> new GoalView(g.goalId(),
                g.category(), g.statement(), g.kpi(), true, defined.stream()
                .filter(k -> k.goalId().equals(g.goalId())).map(KpiView::of).toList())).toList());
        defined.stream().map(Kpi::goalId).distinct().filter(id -> !program.hasGoal(id))
                .forEach(id -> goals.add(new GoalView(id, null, null, null, false, defined.stream()
                        .filter(k -> k.goalId().equals(id)).map(KpiView::of).toList())));
        return new GoalsView(programId, program.name(), goals);
    }

    @GetMapping("/benefits/programs/{programId}/kpis/{kpiId}")
    KpiView kpi(@PathVariable String programId, @PathVariable String kpiId) {
        return KpiView.of(kpis.get(programId, kpiId));
    }

    @Operation(summary = "Define a KPI of a strategic goal (no version), or change it (the version read)",
            description = "direction HIGHER_IS_BETTER or LOWER_IS_BETTER; the target must be better than the"
                    + " baseline; a currency makes it an amount per month whose improvement is a realized benefit")
    @PutMapping("/benefits/programs/{programId}/kpis/{kpiId}")
    ResponseEntity<KpiView> define(@PathVariable String programId, @PathVariable @Pattern(regexp = ID) String kpiId,
                                   @Valid @RequestBody KpiForm form) {
        BenefitSites.Program program = sites.program(programId);
        if (!program.hasGoal(form.goalId())) {
            throw new RuleViolationException("goalId", "Program " + programId + " has no strategic goal "
                    + form.goalId() + " (goals are the program's, set in planning)");
        }
        if (form.currency() != null && !known(form.currency())) {
            throw new RuleViolationException("currency", "Not an ISO 4217 currency: " + form.currency());
        }
        Kpi.Definition definition = new Kpi.Definition(form.goalId(), form.name().strip(), form.unit().strip(),
                form.direction(), form.baseline(), form.target(), form.targetDate(), form.currency());
        String by = Caller.current().name();
        Optional<Kpi> existing = kpis.find(programId, kpiId);
        if (existing.isEmpty()) {
            if (form.version() != null) {
                throw new ConflictException("Program " + programId + " has no KPI " + kpiId + " at version "
                        + form.version() + ": define it without a version");
            }
            Kpi created = kpis.insert(Kpi.define(programId, kpiId, definition, by, clock.instant()));
            return ResponseEntity.status(HttpStatus.CREATED).body(KpiView.of(created));
        }
        Kpi kpi = existing.get();
        kpi.expectVersion(form.version());
        return ResponseEntity.ok(KpiView.of(kpis.update(kpi.redefine(definition, by, clock.instant()))));
    }

    private static boolean known(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
