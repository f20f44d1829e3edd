package org.golive.tracking.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a monetary KPI (an amount per month in a currency: overtime cost, net revenue, denied claims written off) has
 * given back at a site since go-live: each month measured from the go-live month on gives its improvement on the
 * site's baseline (negative in a worse month, such as the go-live dip), summed by year after go-live as the fiscal
 * plan counts its years (year 1 is the go-live month and the eleven after it).
 */
public final class RealizedBenefits {

    /**
     * @param year           year after go-live, from 1
     * @param realized       the sum of the year's monthly improvements, rounded half-even to {@code scale} decimals
     * @param monthsMeasured how many of the year's months have a value
     */
    public record Year(int year, BigDecimal realized, int monthsMeasured) {
    }

    private RealizedBenefits() {
    }

    /** @param scale the currency's decimals (2 for USD) */
    public static List<Year> byYear(KpiTarget kpi, YearMonth goLiveMonth, NavigableMap<YearMonth, BigDecimal> values,
                                    YearMonth upTo, int scale) {
        if (upTo.isBefore(goLiveMonth)) {
            return List.of(); // not live yet: nothing realized
        }
        BigDecimal baseline = SiteProgress.of(kpi, goLiveMonth, values, goLiveMonth).siteBaseline();
        Map<Integer, BigDecimal> sums = new TreeMap<>();
        Map<Integer, Integer> months = new TreeMap<>();
        values.subMap(goLiveMonth, true, upTo, true).forEach((period, value) -> {
            int year = (int) (ChronoUnit.MONTHS.between(goLiveMonth, period) / 12) + 1;
            sums.merge(year, kpi.direction().improvement(baseline, value), BigDecimal::add);
            months.merge(year, 1, Integer::sum);
        });
        List<Year> years = new ArrayList<>();
        sums.forEach((year, sum) -> years.add(new Year(year, sum.setScale(scale, RoundingMode.HALF_EVEN),
                months.get(year))));
        return years;
    }
}
