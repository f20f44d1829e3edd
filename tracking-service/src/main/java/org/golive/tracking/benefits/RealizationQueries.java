package org.golive.tracking.benefits;

import org.golive.platform.problem.NotFoundException;
import org.golive.tracking.benefits.RealizationViews.ProgramRealization;
import org.golive.tracking.benefits.RealizationViews.SiteRealization;
import org.golive.tracking.benefits.RealizationViews.Totals;
import org.golive.tracking.benefits.RealizationViews.WaveRealization;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assumed against realized benefits to a month, per site, wave and program, computed when read. A site counts the
 * monetary KPIs of its program that it serves or measured, in its fiscal plan's currency; a wave's and the program's
 * figures sum the sites whose fiscal plan is known, so a site without one cannot flatter the ratio.
 */
@Component
class RealizationQueries {

    private final Kpis kpis;
    private final BenefitSites sites;

    RealizationQueries(Kpis kpis, BenefitSites sites) {
        this.kpis = kpis;
        this.sites = sites;
    }

    SiteRealization site(BenefitSites.Site site, YearMonth upTo) {
        List<Kpi> monetary = monetary(site.programId());
        return siteFigures(site, monetary, seriesByKpi(site.programId()), currencyOf(List.of(site), monetary), upTo);
    }

    WaveRealization wave(String waveId, YearMonth upTo) {
        List<BenefitSites.Site> waveSites = sites.ofWave(waveId);
        if (waveSites.isEmpty()) {
            throw new NotFoundException("Wave", waveId);
        }
        String programId = waveSites.get(0).programId();
        List<SiteRealization> figures = sitesFigures(waveSites, programId, upTo);
        return new WaveRealization(waveId, programId, upTo.toString(), currency(figures), Totals.of(figures),
                figures);
    }

    ProgramRealization program(String programId, YearMonth upTo) {
        BenefitSites.Program program = sites.program(programId);
        List<SiteRealization> figures = sitesFigures(sites.ofProgram(programId), programId, upTo);
        Map<String, List<SiteRealization>> byWave = new LinkedHashMap<>();
        figures.forEach(f -> byWave.computeIfAbsent(f.waveId(), w -> new ArrayList<>()).add(f));
        List<ProgramRealization.Wave> waves = byWave.entrySet().stream()
                .map(e -> new ProgramRealization.Wave(e.getKey(), Totals.of(e.getValue()))).toList();
        return new ProgramRealization(programId, program.name(), upTo.toString(), currency(figures),
                Totals.of(figures), waves, figures);
    }

    private List<SiteRealization> sitesFigures(List<BenefitSites.Site> of, String programId, YearMonth upTo) {
        List<Kpi> monetary = monetary(programId);
        Map<String, Map<String, KpiSeries>> series = seriesByKpi(programId);
        String currency = currencyOf(of, monetary);
        return of.stream().map(site -> siteFigures(site, monetary, series, currency, upTo)).toList();
    }

    private SiteRealization siteFigures(BenefitSites.Site site, List<Kpi> monetary,
                                        Map<String, Map<String, KpiSeries>> series, String currency, YearMonth upTo) {
        YearMonth goLive = YearMonth.from(site.goLiveDate());
        int scale = currency == null ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal realized = BigDecimal.ZERO.setScale(scale);
        List<String> counted = new ArrayList<>();
        for (Kpi kpi : monetary) {
            Map<String, KpiSeries> measured = series.getOrDefault(kpi.kpiId(), Map.of());
            if (!kpi.currency().equals(currency)
                    || !(site.serves(kpi.goalId()) || measured.containsKey(site.rolloutId()))) {
                continue;
            }
            KpiSeries values = measured.get(site.rolloutId());
            counted.add(kpi.kpiId());
            for (RealizedBenefits.Year year : RealizedBenefits.byYear(kpi.target(), goLive,
                    values == null ? Collections.emptyNavigableMap() : values.byMonth(), upTo, scale)) {
                realized = realized.add(year.realized());
            }
        }
        RealizationViews.AssumedFrom from = site.assumed() == null ? RealizationViews.AssumedFrom.NO_FISCAL_PLAN
                : site.assumed().currency().equals(currency) ? RealizationViews.AssumedFrom.FISCAL_PLAN
                : RealizationViews.AssumedFrom.OTHER_CURRENCY;
        BigDecimal assumed = from == RealizationViews.AssumedFrom.FISCAL_PLAN
                ? BenefitRealization.assumedToDate(site.assumed(), goLive, upTo, scale) : null;
        return new SiteRealization(site.rolloutId(), site.siteName(), site.waveId(), site.goLiveDate(), currency,
                BenefitRealization.monthsLive(goLive, upTo), from, counted, assumed, realized,
                BenefitRealization.ratio(realized, assumed));
    }

    /** The currency figures are kept in: the fiscal plans' (budget keeps one), else the monetary KPIs'. */
    private static String currencyOf(List<BenefitSites.Site> of, List<Kpi> monetary) {
        return of.stream().map(BenefitSites.Site::assumed).filter(Objects::nonNull)
                .map(BenefitRealization.Assumed::currency).findFirst()
                .orElse(monetary.isEmpty() ? null : monetary.get(0).currency());
    }

    private static String currency(List<SiteRealization> figures) {
        return figures.isEmpty() ? null : figures.get(0).currency();
    }

    private List<Kpi> monetary(String programId) {
        return kpis.ofProgram(programId).stream().filter(k -> k.currency() != null).toList();
    }

    private Map<String, Map<String, KpiSeries>> seriesByKpi(String programId) {
        Map<String, Map<String, KpiSeries>> byKpi = new LinkedHashMap<>();
        kpis.seriesOfProgram(programId).forEach(s -> byKpi.computeIfAbsent(s.kpiId(), k -> new LinkedHashMap<>())
                .put(s.rolloutId(), s));
        return byKpi;
    }
}
