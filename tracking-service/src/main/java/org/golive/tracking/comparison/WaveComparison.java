package org.golive.tracking.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A wave's sites side by side on the days-to-go-live axis: each site's figures at the same T-minus day, whatever its
 * go-live date.
 *
 * @param axis the T-minus days compared, from the earliest (GL-120 is 120) to after go-live (negative)
 */
record WaveComparison(String waveId, LocalDate asOf, List<Integer> axis, List<SiteSeries> sites) {

    /** @param daysToGoLive today's days to go-live of the site */
    record SiteSeries(String rolloutId, String siteName, LocalDate goLiveDate, long daysToGoLive,
                      List<Point> points) {
    }

    /**
     * A site at one T-minus day.
     *
     * @param date                   the calendar day that is this T-minus day for the site's go-live date today
     * @param plannedPercentComplete what the plan (its baseline) had done by then: derived, for past and future days
     * @param percentComplete        recorded that day, else derived for a past day, null for a future one
     * @param readinessScore         recorded that day, else derived from the scorecard's history for a past day
     * @param spi                    recorded only
     * @param cpi                    recorded only (null for roles that read no money)
     */
    record Point(int daysToGoLive, LocalDate date, BigDecimal plannedPercentComplete, BigDecimal percentComplete,
                 Source percentCompleteSource, BigDecimal readinessScore, Source readinessSource, BigDecimal spi,
                 BigDecimal cpi) {
    }

    /** Where a figure comes from: the day's recorded point, or worked out afterwards from what tracking keeps. */
    enum Source { RECORDED, DERIVED }
}
