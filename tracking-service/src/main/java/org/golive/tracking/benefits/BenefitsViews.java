package org.golive.tracking.benefits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** What the benefits API answers. Decimals are exact; months are {@code YYYY-MM}. */
final class BenefitsViews {

    private BenefitsViews() {
    }

    record KpiView(String programId, String kpiId, String goalId, String name, String unit, Direction direction,
                   BigDecimal baseline, BigDecimal target, LocalDate targetDate, String currency, String definedBy,
                   Instant definedAt, Long version) {

        static KpiView of(Kpi k) {
            return new KpiView(k.programId(), k.kpiId(), k.goalId(), k.name(), k.unit(), k.direction(),
                    k.baselineValue(), k.targetValue(), k.targetDate(), k.currency(), k.definedBy(), k.definedAt(),
                    k.version());
        }
    }

    /** @param inProgram false for a goal planning no longer lists, kept while KPIs of it remain */
    record GoalView(String goalId, String category, String statement, String kpi, boolean inProgram,
                    List<KpiView> kpis) {
    }

    record GoalsView(String programId, String name, List<GoalView> goals) {
    }

    /** @param phase BASELINE for a month before the site's go-live month, LIVE from it on */
    record ValueView(String period, BigDecimal value, String phase, int revision, String note, String recordedBy,
                     Instant recordedAt, String source) {
    }

    record ProgressView(SiteProgress.Status status, BigDecimal siteBaseline, boolean baselineFromSite,
                        BigDecimal current, String currentPeriod, BigDecimal progressPercent,
                        BigDecimal expectedPercent, BigDecimal pathValue) {

        static ProgressView of(SiteProgress p) {
            return new ProgressView(p.status(), rounded(p.siteBaseline()), p.baselineFromSite(), p.current(),
                    p.currentPeriod() == null ? null : p.currentPeriod().toString(), p.progressPercent(),
                    p.expectedPercent(), rounded(p.pathValue()));
        }

        /** A mean or a point on the path, to 10 significant digits: enough for any KPI, short to read. */
        private static BigDecimal rounded(BigDecimal value) {
            return value == null ? null : value.round(new MathContext(10)).stripTrailingZeros();
        }
    }

    record SiteKpiView(String kpiId, String goalId, String name, String unit, Direction direction,
                       BigDecimal target, LocalDate targetDate, String currency, List<ValueView> values,
                       ProgressView progress) {
    }

    record SiteView(String rolloutId, String programId, String siteName, LocalDate goLiveDate, String period,
                    List<SiteKpiView> kpis) {
    }

    record SiteProgressView(String rolloutId, String siteName, LocalDate goLiveDate, ProgressView progress) {
    }

    record KpiProgressView(KpiView kpi, BigDecimal progressPercent, BigDecimal expectedPercent,
                           Map<SiteProgress.Status, Integer> sitesByStatus, List<SiteProgressView> sites) {
    }

    /** A site behind its path on at least one KPI, and on which. */
    record LaggingSite(String rolloutId, String siteName, List<String> kpiIds) {
    }

    record ProgramProgressView(String programId, String name, String period, List<KpiProgressView> kpis,
                               List<LaggingSite> lagging) {
    }

    record SiteBenefits(String rolloutId, String siteName, LocalDate goLiveDate, List<RealizedBenefits.Year> years) {
    }

    /** @param sites how many sites measured something in that year after their go-live */
    record ProgramYear(int year, BigDecimal realized, int sites) {
    }

    record KpiBenefits(String kpiId, String goalId, String name, String currency, Direction direction,
                       List<ProgramYear> years, List<SiteBenefits> sites) {
    }

    record BenefitsView(String programId, String name, String upTo, List<KpiBenefits> kpis) {
    }

    static YearMonth month(YearMonth asked, LocalDate today) {
        return asked != null ? asked : YearMonth.from(today);
    }
}
