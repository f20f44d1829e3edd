package org.golive.budget.impact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.golive.budget.budget.Budget;
import org.golive.budget.budget.Budgets;
import org.golive.budget.budget.BudgetSettings;
import org.golive.budget.money.Money;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

@Tag(name = "Fiscal impact", description = "Each site's long-term fiscal impact (TCO, NPV, ROI, payback) from its"
        + " yearly costs and benefits after go-live, rolled up per wave and program. Amounts are exact decimal"
        + " strings in the plan's currency.")
@RestController
class FiscalImpactController {

    private final FiscalPlans plans;
    private final ImpactSites sites;
    private final ProgramRollUp rollUp;
    private final Budgets budgets;
    private final BudgetSettings settings;
    private final RolloutAccess access;
    private final Clock clock;

    FiscalImpactController(FiscalPlans plans, ImpactSites sites, ProgramRollUp rollUp, Budgets budgets,
                           BudgetSettings settings, RolloutAccess access, Clock clock) {
        this.plans = plans;
        this.sites = sites;
        this.rollUp = rollUp;
        this.budgets = budgets;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param version            the plan's version you read; leave it out for the site's first plan
     * @param currency           optional; when given it must be the service's currency
     * @param discountRate       a fraction from 0 up to 1: 0.08 for 8 percent
     * @param implementationCost the one-time cost at go-live (year 0)
     * @param years              years 1..N after go-live (N at most 15), each {@code {"costs": {"HOSTING":
     *                           "120000.00"}, "benefits": {"SAVINGS": "500000.00"}}}
     */
    record PlanForm(Long version, String currency, @NotNull BigDecimal discountRate,
                    @NotNull BigDecimal implementationCost, @NotNull List<PlannedYear> years) {
    }

    @Operation(summary = "Set a site's fiscal plan: implementation cost, yearly costs and benefits, discount rate",
            description = "Replaces the whole plan and publishes org.golive.budget.fiscal-impact.updated.v1. The"
                    + " first plan of a site is sent without a version; later ones carry the version read (a stale"
                    + " one is 409).")
    @PutMapping("/rollouts/{rolloutId}/fiscal-impact")
    SitePlanView set(@PathVariable String rolloutId, @Valid @RequestBody PlanForm form) {
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        ImpactSite site = site(rolloutId);
        FiscalPlan plan = plans.find(rolloutId).orElse(null);
        if (plan == null) {
            if (form.version() != null) {
                throw new ConflictException("Rollout " + rolloutId + " has no fiscal plan yet (you sent version "
                        + form.version() + "); send its first plan without a version");
            }
            plan = FiscalPlan.start(rolloutId, settings.currency());
        } else {
            plan.expectVersion(form.version());
        }
        var revised = plan.revise(new PlanInput(form.currency(), form.discountRate(), form.implementationCost(),
                form.years()), site, Caller.current().name(), clock.instant());
        return view(site, plans.save(revised));
    }

    @Operation(summary = "A site's fiscal plan and impact: TCO over 1, 5 and 7 years, NPV, ROI, payback, each year")
    @GetMapping("/rollouts/{rolloutId}/fiscal-impact")
    SitePlanView get(@PathVariable String rolloutId) {
        access.check(rolloutId, RolloutAccess.Action.READ);
        ImpactSite site = site(rolloutId);
        FiscalPlan plan = plans.find(rolloutId)
                .orElseThrow(() -> new NotFoundException("Fiscal plan of rollout", rolloutId));
        return view(site, plan);
    }

    @Operation(summary = "A program's fiscal impact: its total, each wave and each site at one discount rate",
            description = "Sites without a plan are listed as missing, not counted as zero. The rate is the"
                    + " discountRate parameter; without it, the rate every site's plan uses, or when they differ"
                    + " the configured default (0.08 unless golive.budget.impact.default-discount-rate says"
                    + " otherwise). discountRateFrom says which.")
    @GetMapping("/programs/{programId}/fiscal-impact")
    ProgramImpactView ofProgram(@PathVariable String programId,
                                @RequestParam(required = false) BigDecimal discountRate) {
        return rollUp.of(programId, discountRate);
    }

    private ImpactSite site(String rolloutId) {
        return sites.site(rolloutId).orElseThrow(() -> new NotFoundException("Rollout", rolloutId));
    }

    private SitePlanView view(ImpactSite site, FiscalPlan plan) {
        List<Money> approved = budgets.approvedOfRollout(site.rolloutId()).stream().map(Budget::total)
                .filter(total -> total.currency().equals(plan.currencyUnit())).toList();
        return new SitePlanView(site.rolloutId(), site.programId(), site.waveId(), sites.waveNameOf(site),
                site.siteName(), Money.sum(plan.currencyUnit(), approved).amount().toPlainString(),
                ImpactFigures.of(plan.impact()), plan.updatedBy(), plan.updatedAt(), plan.version());
    }
}
