package org.golive.budget.impact;

import java.util.List;

/**
 * A program's fiscal impact: the total of its planned sites, one entry per wave and per site, all at one discount
 * rate, and the sites that have no plan (listed, not counted as zero: a missing plan is not a free site).
 *
 * @param discountRateFrom where the rate comes from: asked for, the rate every planned site uses, or the default
 * @param total            null when no site of the program has a plan yet
 */
record ProgramImpactView(String programId, String currency, String discountRate, RateSource discountRateFrom,
                         int siteCount, int plannedSiteCount, ImpactFigures total, List<Wave> waves,
                         List<Site> sites, List<MissingSite> missing) {

    enum RateSource {
        /** The {@code discountRate} query parameter. */
        REQUESTED,
        /** Not asked for, and every planned site's plan uses this rate. */
        SITES,
        /** Not asked for, and the sites' plans differ (or there are none): the configured default. */
        DEFAULT
    }

    /**
     * @param waveId null for the sites in no wave
     * @param impact null when none of the wave's sites has a plan
     */
    record Wave(String waveId, String waveName, int siteCount, int plannedSiteCount, ImpactFigures impact) {
    }

    /** @param planDiscountRate the rate the site's own plan uses (its own figures are at that rate) */
    record Site(String rolloutId, String siteName, String waveId, String waveName, String planDiscountRate,
                ImpactFigures impact) {
    }

    record MissingSite(String rolloutId, String siteName, String waveId, String waveName, String reason) {
    }
}
