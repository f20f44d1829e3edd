package org.golive.tracking.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the benefits-realization API answers: amounts in {@code currency}, exact; months are {@code YYYY-MM}. */
final class RealizationViews {

    private RealizationViews() {
    }

    /** Where a site's assumed benefits come from. */
    enum AssumedFrom {
        /** its fiscal plan, as budget published it */
        FISCAL_PLAN,
        /** budget has published no fiscal plan for the site: nothing to hold the realized benefits against */
        NO_FISCAL_PLAN,
        /** its fiscal plan is in another currency than the figures: not converted, so not compared */
        OTHER_CURRENCY
    }

    /**
     * @param monthsLive       months from the go-live month to the month asked, both counted
     * @param kpiIds           the monetary KPIs whose realized benefits are counted
     * @param assumedToDate    null unless {@code assumedFrom} is FISCAL_PLAN
     * @param realizationRatio realized over assumed to 4 decimals; null while nothing is assumed
     */
    record SiteRealization(String rolloutId, String siteName, String waveId, LocalDate goLiveDate, String currency,
                           int monthsLive, AssumedFrom assumedFrom, List<String> kpiIds, BigDecimal assumedToDate,
                           BigDecimal realizedToDate, BigDecimal realizationRatio) {
    }

    /**
     * The sum over the sites compared (those whose fiscal plan is known in the currency); the figures are null when
     * there is none.
     */
    record Totals(int sites, int sitesCompared, BigDecimal assumedToDate, BigDecimal realizedToDate,
                  BigDecimal realizationRatio) {

        static Totals of(List<SiteRealization> figures) {
            List<SiteRealization> compared = figures.stream()
                    .filter(f -> f.assumedFrom() == AssumedFrom.FISCAL_PLAN).toList();
            if (compared.isEmpty()) {
                return new Totals(figures.size(), 0, null, null, null);
            }
            BigDecimal assumed = compared.stream().map(SiteRealization::assumedToDate)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal realized = compared.stream().map(SiteRealization::realizedToDate)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Totals(figures.size(), compared.size(), assumed, realized,
                    BenefitRealization.ratio(realized, assumed));
        }
    }

    record WaveRealization(String waveId, String programId, String upTo, String currency, Totals total,
                           List<SiteRealization> sites) {
    }

    /** @param waves one per wave of the program's sites ({@code waveId} null for the sites in no wave) */
    record ProgramRealization(String programId, String name, String upTo, String currency, Totals total,
                              List<Wave> waves, List<SiteRealization> sites) {

        record Wave(String waveId, Totals total) {
        }
    }
}
