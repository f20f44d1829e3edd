package org.golive.tracking.benefits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Where one site stands on one KPI in a month. The site's baseline is the mean of its values for the months before
 * its go-live month (the program's baseline when it measured none); its current value is its latest value from the
 * go-live month up to the month asked. Progress is the part of the way from the site's baseline to the target it
 * has come; the path expects none in the go-live month and all of it in the target month, linearly in between, and a
 * site whose progress is below the path's is lagging.
 *
 * @param siteBaseline    the baseline progress is measured from
 * @param baselineFromSite true when {@code siteBaseline} is the site's own (false: the program's)
 * @param currentPeriod   the month of {@code current}, null when there is none
 * @param progressPercent (current − baseline) / (target − baseline) × 100, one decimal; null when not live, not
 *                        measured since go-live, or when the site's baseline already met the target
 * @param expectedPercent the path's progress in the month asked, one decimal; null before go-live
 * @param pathValue       the value the path expects in the month asked; null before go-live
 */
public record SiteProgress(Status status, BigDecimal siteBaseline, boolean baselineFromSite, BigDecimal current,
                           YearMonth currentPeriod, BigDecimal progressPercent, BigDecimal expectedPercent,
                           BigDecimal pathValue) {

    public enum Status {
        /** The month asked is before the site's go-live month: only baseline values count. */
        NOT_LIVE,
        /** Live, but no value since the go-live month. */
        NO_DATA,
        TARGET_MET,
        ON_TRACK,
        LAGGING
    }

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static SiteProgress of(KpiTarget kpi, YearMonth goLiveMonth, NavigableMap<YearMonth, BigDecimal> values,
                                  YearMonth period) {
        List<BigDecimal> before = values.headMap(goLiveMonth, false).values().stream().toList();
        boolean own = !before.isEmpty();
        BigDecimal baseline = own ? mean(before) : kpi.baseline();
        if (period.isBefore(goLiveMonth)) {
            return new SiteProgress(Status.NOT_LIVE, baseline, own, null, null, null, null, null);
        }
        Map.Entry<YearMonth, BigDecimal> latest = values.subMap(goLiveMonth, true, period, true).lastEntry();
        BigDecimal gap = kpi.direction().improvement(baseline, kpi.target());
        BigDecimal expected = expectedShare(goLiveMonth, kpi.targetMonth(), period);
        BigDecimal path = baseline.add(kpi.target().subtract(baseline).multiply(expected, PRECISION), PRECISION);
        BigDecimal expectedPercent = percent(expected);
        if (latest == null) {
            return new SiteProgress(Status.NO_DATA, baseline, own, null, null, null, expectedPercent, path);
        }
        BigDecimal current = latest.getValue();
        if (gap.signum() <= 0) {
            // The site started at or beyond the target: no way to go, only whether it still holds.
            Status status = kpi.direction().meets(current, kpi.target()) ? Status.TARGET_MET : Status.LAGGING;
            return new SiteProgress(status, baseline, own, current, latest.getKey(), null, expectedPercent, path);
        }
        BigDecimal share = kpi.direction().improvement(baseline, current).divide(gap, PRECISION);
        Status status = kpi.direction().meets(current, kpi.target()) ? Status.TARGET_MET
                : share.compareTo(expected) >= 0 ? Status.ON_TRACK : Status.LAGGING;
        return new SiteProgress(status, baseline, own, current, latest.getKey(), percent(share), expectedPercent,
                path);
    }

    /** The path's share of the way in the month: 0 in the go-live month, 1 from the target month on. */
    static BigDecimal expectedShare(YearMonth goLiveMonth, YearMonth targetMonth, YearMonth period) {
        long span = ChronoUnit.MONTHS.between(goLiveMonth, targetMonth);
        if (span <= 0) {
            return BigDecimal.ONE; // the site goes live at or after the target month: the target is due at once
        }
        long elapsed = Math.min(span, ChronoUnit.MONTHS.between(goLiveMonth, period));
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(span), PRECISION);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), PRECISION).stripTrailingZeros();
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN);
    }
}
