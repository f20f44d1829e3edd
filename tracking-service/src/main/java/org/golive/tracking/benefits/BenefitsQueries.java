package org.golive.tracking.benefits;

import org.golive.tracking.benefits.BenefitsViews.BenefitsView;
import org.golive.tracking.benefits.BenefitsViews.KpiBenefits;
import org.golive.tracking.benefits.BenefitsViews.KpiProgressView;
import org.golive.tracking.benefits.BenefitsViews.KpiView;
import org.golive.tracking.benefits.BenefitsViews.LaggingSite;
import org.golive.tracking.benefits.BenefitsViews.ProgramProgressView;
import org.golive.tracking.benefits.BenefitsViews.ProgramYear;
import org.golive.tracking.benefits.BenefitsViews.ProgressView;
import org.golive.tracking.benefits.BenefitsViews.SiteBenefits;
import org.golive.tracking.benefits.BenefitsViews.SiteKpiView;
import org.golive.tracking.benefits.BenefitsViews.SiteProgressView;
import org.golive.tracking.benefits.BenefitsViews.SiteView;
import org.golive.tracking.benefits.BenefitsViews.ValueView;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The figures read from the KPIs and the measured values, computed at read time for the month asked (so a moved
 * go-live or a new month is never stale). A KPI counts at a site that serves its goal or measured it.
 */
@Component
class BenefitsQueries {

    private final Kpis kpis;
    private final BenefitSites sites;

    BenefitsQueries(Kpis kpis, BenefitSites sites) {
        this.kpis = kpis;
        this.sites = sites;
    }

    SiteView site(BenefitSites.Site site, YearMonth period) {
        Map<String, KpiSeries> series = new LinkedHashMap<>();
        kpis.seriesOfSite(site.rolloutId()).forEach(s -> series.put(s.kpiId(), s));
        List<SiteKpiView> views = kpis.ofProgram(site.programId()).stream()
                .filter(k -> site.serves(k.goalId()) || series.containsKey(k.kpiId()))
                .map(k -> siteKpi(site, k, series.get(k.kpiId()), period)).toList();
        return new SiteView(site.rolloutId(), site.programId(), site.siteName(), site.goLiveDate(), period.toString(),
                views);
    }

    SiteKpiView siteKpi(BenefitSites.Site site, Kpi kpi, KpiSeries series, YearMonth period) {
        YearMonth goLive = YearMonth.from(site.goLiveDate());
        List<ValueView> values = series == null ? List.of() : series.values().stream()
                .map(m -> new ValueView(m.period(), new BigDecimal(m.value()),
                        m.month().isBefore(goLive) ? "BASELINE" : "LIVE", m.revision(), m.note(), m.recordedBy(),
                        m.recordedAt(), m.source())).toList();
        SiteProgress progress = SiteProgress.of(kpi.target(), goLive, byMonth(series), period);
        return new SiteKpiView(kpi.kpiId(), kpi.goalId(), kpi.name(), kpi.unit(), kpi.direction(), kpi.targetValue(),
                kpi.targetDate(), kpi.currency(), values, ProgressView.of(progress));
    }

    ProgramProgressView progress(String programId, YearMonth period) {
        BenefitSites.Program program = sites.program(programId);
        List<BenefitSites.Site> programSites = sites.ofProgram(programId);
        Map<String, Map<String, KpiSeries>> seriesByKpi = seriesByKpi(programId);
        Map<String, List<String>> laggingKpis = new LinkedHashMap<>();
        List<KpiProgressView> views = new ArrayList<>();
        for (Kpi kpi : kpis.ofProgram(programId)) {
            Map<String, KpiSeries> measured = seriesByKpi.getOrDefault(kpi.kpiId(), Map.of());
            List<ProgramProgress.Site> progress = new ArrayList<>();
            List<SiteProgressView> siteViews = new ArrayList<>();
            for (BenefitSites.Site site : inScope(programSites, kpi, measured)) {
                SiteProgress p = SiteProgress.of(kpi.target(), YearMonth.from(site.goLiveDate()),
                        byMonth(measured.get(site.rolloutId())), period);
                progress.add(new ProgramProgress.Site(site.rolloutId(), p));
                siteViews.add(new SiteProgressView(site.rolloutId(), site.siteName(), site.goLiveDate(),
                        ProgressView.of(p)));
                if (p.status() == SiteProgress.Status.LAGGING) {
                    laggingKpis.computeIfAbsent(site.rolloutId(), id -> new ArrayList<>()).add(kpi.kpiId());
                }
            }
            ProgramProgress total = ProgramProgress.of(progress);
            views.add(new KpiProgressView(KpiView.of(kpi), total.progressPercent(), total.expectedPercent(),
                    total.sitesByStatus(), siteViews));
        }
        List<LaggingSite> lagging = programSites.stream().filter(s -> laggingKpis.containsKey(s.rolloutId()))
                .map(s -> new LaggingSite(s.rolloutId(), s.siteName(), laggingKpis.get(s.rolloutId()))).toList();
        return new ProgramProgressView(programId, program.name(), period.toString(), views, lagging);
    }

    /** The realized benefits of the program's monetary KPIs, by site and year after go-live, up to the month. */
    BenefitsView benefits(String programId, YearMonth upTo) {
        BenefitSites.Program program = sites.program(programId);
        List<BenefitSites.Site> programSites = sites.ofProgram(programId);
        Map<String, Map<String, KpiSeries>> seriesByKpi = seriesByKpi(programId);
        List<KpiBenefits> views = new ArrayList<>();
        for (Kpi kpi : kpis.ofProgram(programId)) {
            if (kpi.currency() == null) {
                continue;
            }
            int scale = Math.max(0, Currency.getInstance(kpi.currency()).getDefaultFractionDigits());
            Map<String, KpiSeries> measured = seriesByKpi.getOrDefault(kpi.kpiId(), Map.of());
            Map<Integer, BigDecimal> sums = new TreeMap<>();
            Map<Integer, Integer> counts = new TreeMap<>();
            List<SiteBenefits> siteViews = new ArrayList<>();
            for (BenefitSites.Site site : inScope(programSites, kpi, measured)) {
                List<RealizedBenefits.Year> years = RealizedBenefits.byYear(kpi.target(),
                        YearMonth.from(site.goLiveDate()), byMonth(measured.get(site.rolloutId())), upTo, scale);
                years.forEach(y -> {
                    sums.merge(y.year(), y.realized(), BigDecimal::add);
                    counts.merge(y.year(), 1, Integer::sum);
                });
                siteViews.add(new SiteBenefits(site.rolloutId(), site.siteName(), site.goLiveDate(), years));
            }
            List<ProgramYear> years = sums.entrySet().stream()
                    .map(e -> new ProgramYear(e.getKey(), e.getValue(), counts.get(e.getKey()))).toList();
            views.add(new KpiBenefits(kpi.kpiId(), kpi.goalId(), kpi.name(), kpi.currency(), kpi.direction(), years,
                    siteViews));
        }
        return new BenefitsView(programId, program.name(), upTo.toString(), views);
    }

    private Map<String, Map<String, KpiSeries>> seriesByKpi(String programId) {
        Map<String, Map<String, KpiSeries>> byKpi = new LinkedHashMap<>();
        kpis.seriesOfProgram(programId).forEach(s -> byKpi.computeIfAbsent(s.kpiId(), k -> new LinkedHashMap<>())
                .put(s.rolloutId(), s));
        return byKpi;
    }

    private static List<BenefitSites.Site> inScope(List<BenefitSites.Site> programSites, Kpi kpi,
                                                   Map<String, KpiSeries> measured) {
        Predicate<BenefitSites.Site> counts = s -> s.serves(kpi.goalId()) || measured.containsKey(s.rolloutId());
        return programSites.stream().filter(counts).toList();
    }

    private static NavigableMap<YearMonth, BigDecimal> byMonth(KpiSeries series) {
        return series == null ? Collections.emptyNavigableMap() : series.byMonth();
    }
}
