package org.golive.budget.rollup;

import org.golive.budget.budget.Budget;
import org.golive.budget.budget.BudgetSettings;
import org.golive.budget.budget.Budgets;
import org.golive.budget.budget.Envelopes;
import org.golive.budget.impact.ImpactSites;
import org.golive.budget.impact.SitePlacement;
import org.golive.platform.problem.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.golive.budget.rollup.BudgetRollUpView.RollUpEnvelope;
import static org.golive.budget.rollup.BudgetRollUpView.RollUpSite;
import static org.golive.budget.rollup.BudgetRollUpView.RollUpTotals;
import static org.golive.budget.rollup.BudgetRollUpView.RollUpWave;

/**
 * Sums a program's site budgets per site, per wave (the site's wave as planning last said) and for the program. A
 * site budget's figures come from its own forecast, so the roll-up and the site's forecast never disagree.
 */
@Component
class BudgetRollUp {

    /** Waves in the program's order (planning's sequence), then by name; the sites in no wave last. */
    private static final Comparator<Group> WAVE_ORDER = Comparator
            .comparing((Group g) -> g.waveId == null)
            .thenComparing(g -> g.sequence, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(g -> g.name, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Budgets budgets;
    private final Envelopes envelopes;
    private final ImpactSites sites;
    private final BudgetSettings settings;

    BudgetRollUp(Budgets budgets, Envelopes envelopes, ImpactSites sites, BudgetSettings settings) {
        this.budgets = budgets;
        this.envelopes = envelopes;
        this.sites = sites;
        this.settings = settings;
    }

    /** @param fiscalYear one fiscal year, or null for every year the program has budgets in */
    BudgetRollUpView of(String programId, Integer fiscalYear) {
        List<Budget> all = budgets.ofProgram(programId);
        if (all.isEmpty()) {
            throw new NotFoundException("Program", programId);
        }
        Currency currency = settings.currency();
        Map<String, SitePlacement> placements = sites.placementsOf(programId).stream()
                .collect(Collectors.toMap(SitePlacement::rolloutId, Function.identity()));
        Totals program = new Totals(currency);
        Map<String, Group> waves = new LinkedHashMap<>();
        Map<String, Group> siteGroups = new LinkedHashMap<>();
        List<String> otherCurrency = new ArrayList<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (Budget budget : all) {
            if (fiscalYear != null && budget.fiscalYear() != fiscalYear) {
                continue;
            }
            years.add(budget.fiscalYear());
            if (!budget.currencyUnit().equals(currency)) {
                otherCurrency.add(budget.id());
                continue;
            }
            SitePlacement place = placements.getOrDefault(budget.rolloutId(),
                    new SitePlacement(budget.rolloutId(), budget.siteName(), null, null, null));
            program.add(budget);
            waves.computeIfAbsent(Objects.requireNonNullElse(place.waveId(), ""), key -> new Group(place, currency))
                    .add(budget);
            siteGroups.computeIfAbsent(budget.rolloutId(), key -> new Group(place, currency)).add(budget);
        }
        if (fiscalYear != null) {
            years.add(fiscalYear);
        }
        List<RollUpEnvelope> envelopeViews = years.stream().map(year -> envelopes.find(programId, year)
                .map(RollUpEnvelope::of).orElse(RollUpEnvelope.none(year))).toList();
        List<RollUpWave> waveViews = waves.values().stream().sorted(WAVE_ORDER)
                .map(g -> new RollUpWave(g.waveId, g.name, g.rollouts.size(), RollUpTotals.of(g.totals))).toList();
        List<RollUpSite> siteViews = siteGroups.values().stream()
                .sorted(Comparator.comparing((Group g) -> g.siteName, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(g -> new RollUpSite(g.rolloutId, g.siteName, g.waveId, g.name, RollUpTotals.of(g.totals)))
                .toList();
        return new BudgetRollUpView(programId, currency.getCurrencyCode(), fiscalYear, List.copyOf(years),
                RollUpTotals.of(program), envelopeViews, waveViews, siteViews, otherCurrency);
    }

    /** A wave's or a site's budgets: named by the first site placed in it. */
    private static final class Group {

        final String waveId;
        final String name;
        final Integer sequence;
        final String rolloutId;
        final String siteName;
        final Totals totals;
        final Set<String> rollouts = new HashSet<>();

        Group(SitePlacement place, Currency currency) {
            this.waveId = place.waveId();
            this.name = place.waveName();
            this.sequence = place.waveSequence();
            this.rolloutId = place.rolloutId();
            this.siteName = place.siteName();
            this.totals = new Totals(currency);
        }

        void add(Budget budget) {
            totals.add(budget);
            rollouts.add(budget.rolloutId());
        }
    }
}
