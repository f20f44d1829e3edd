package org.golive.budget.impact;

import org.golive.budget.budget.BudgetSettings;
import org.golive.budget.fiscal.FiscalHorizon;
import org.golive.budget.fiscal.FiscalImpact;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.golive.budget.impact.ProgramImpactView.MissingSite;
import static org.golive.budget.impact.ProgramImpactView.RateSource;

/**
 * Rolls a program's site plans up per wave and for the program, with {@link FiscalImpact#rollUp}: sums of the
 * sites' yearly flows, read at one discount rate, so a wave's NPV is the sum of its sites' at that rate.
 */
@Component
class ProgramRollUp {

    /** Orders waves as the program does (planning's sequence), those never announced by name, no wave last. */
    private static final Comparator<WaveGroup> WAVE_ORDER = Comparator
            .comparing((WaveGroup g) -> g.waveId == null)
            .thenComparing(g -> g.sequence, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(g -> g.name, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ImpactSites sites;
    private final FiscalPlans plans;
    private final BudgetSettings budgetSettings;
    private final ImpactSettings settings;

    ProgramRollUp(ImpactSites sites, FiscalPlans plans, BudgetSettings budgetSettings, ImpactSettings settings) {
        this.sites = sites;
        this.plans = plans;
        this.budgetSettings = budgetSettings;
        this.settings = settings;
    }

    /**
     * @param requestedRate the rate asked for, or null for the sites' common rate, else the default
     * @throws NotFoundException      when budget has heard of no rollout of the program
     * @throws RuleViolationException when the requested rate is not a fraction from 0 up to 1
     */
    ProgramImpactView of(String programId, BigDecimal requestedRate) {
        List<ImpactSite> known = sites.ofProgram(programId);
        if (known.isEmpty()) {
            throw new NotFoundException("Program", programId);
        }
        Currency currency = budgetSettings.currency();
        Map<String, FiscalPlan> planned = plans.ofRollouts(known.stream().map(ImpactSite::rolloutId).toList())
                .stream().collect(Collectors.toMap(FiscalPlan::rolloutId, Function.identity()));
        List<MissingSite> missing = new ArrayList<>();
        Map<String, WaveGroup> groups = new HashMap<>();
        Map<String, ImpactWave> waves = sites.wavesOf(programId);
        for (ImpactSite site : known.stream().sorted(Comparator.comparing(ImpactSite::siteName,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
            WaveGroup group = groups.computeIfAbsent(Objects.requireNonNullElse(site.waveId(), ""),
                    key -> new WaveGroup(site, waves.get(site.waveId())));
            group.siteCount++;
            FiscalPlan plan = planned.get(site.rolloutId());
            if (plan == null) {
                missing.add(missing(site, group, "no fiscal plan yet"));
            } else if (!plan.currencyUnit().equals(currency)) {
                missing.add(missing(site, group, "its plan is in " + plan.currency() + ", the roll-up in "
                        + currency.getCurrencyCode() + " (amounts are never converted)"));
            } else {
                group.plans.put(site, plan);
            }
        }
        List<FiscalPlan> counted = groups.values().stream().flatMap(g -> g.plans.values().stream()).toList();
        Rate rate = rate(requestedRate, counted);
        List<ProgramImpactView.Wave> waveViews = new ArrayList<>();
        List<ProgramImpactView.Site> siteViews = new ArrayList<>();
        for (WaveGroup group : groups.values().stream().sorted(WAVE_ORDER).toList()) {
            waveViews.add(new ProgramImpactView.Wave(group.waveId, group.name, group.siteCount, group.plans.size(),
                    rolledUp(group.plans.values().stream().toList(), rate.value)));
            group.plans.forEach((site, plan) -> siteViews.add(new ProgramImpactView.Site(site.rolloutId(),
                    site.siteName(), group.waveId, group.name, plan.discountRate().toPlainString(),
                    ImpactFigures.of(FiscalImpact.of(plan.horizon(), rate.value)))));
        }
        return new ProgramImpactView(programId, currency.getCurrencyCode(), rate.value.toPlainString(), rate.source,
                known.size(), counted.size(), rolledUp(counted, rate.value), waveViews, siteViews, missing);
    }

    private record Rate(BigDecimal value, RateSource source) {
    }

    private Rate rate(BigDecimal requested, List<FiscalPlan> counted) {
        if (requested != null) {
            Map<String, String> problems = new LinkedHashMap<>();
            BigDecimal checked = PlanInput.checkedRate(requested, "discountRate", problems);
            if (checked == null) {
                throw new RuleViolationException(problems.get("discountRate"), problems);
            }
            return new Rate(checked, RateSource.REQUESTED);
        }
        Set<BigDecimal> used = counted.stream().map(FiscalPlan::discountRate).collect(Collectors.toSet());
        if (used.size() == 1) {
            return new Rate(used.iterator().next(), RateSource.SITES);
        }
        return new Rate(settings.defaultDiscountRate(), RateSource.DEFAULT);
    }

    private static ImpactFigures rolledUp(List<FiscalPlan> plans, BigDecimal rate) {
        if (plans.isEmpty()) {
            return null;
        }
        List<FiscalHorizon> horizons = plans.stream().map(FiscalPlan::horizon).toList();
        return ImpactFigures.of(FiscalImpact.rollUp(horizons, rate));
    }

    private static MissingSite missing(ImpactSite site, WaveGroup group, String reason) {
        return new MissingSite(site.rolloutId(), site.siteName(), group.waveId, group.name, reason);
    }

    /** The sites of one wave (or of no wave), with their plans in site-name order. */
    private static final class WaveGroup {

        final String waveId;
        final String name;
        final Integer sequence;
        final Map<ImpactSite, FiscalPlan> plans = new LinkedHashMap<>();
        int siteCount;

        /** The wave's own events name it; until one has been seen, the first site's rollout event does. */
        WaveGroup(ImpactSite first, ImpactWave wave) {
            this.waveId = first.waveId();
            this.name = wave != null && wave.name() != null ? wave.name() : first.waveName();
            this.sequence = wave == null ? null : wave.sequence();
        }
    }
}
