package org.golive.tracking.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The business case's assumed benefits against the benefits realized, to date. The fiscal plan assumes an amount per
 * year after go-live (year 1 is the go-live month and the eleven after it, as {@link RealizedBenefits} counts); to a
 * month, a year counts a twelfth of its amount for each of its months that has begun, so the assumed figure grows
 * month by month as the realized one does.
 */
public final class BenefitRealization {

    /** The benefits of one year after go-live, every kind, in the plan's currency. */
    public record AssumedYear(int year, BigDecimal total) {
    }

    /** What budget published of a site's fiscal plan: its currency and its assumed benefits by year. */
    public record Assumed(String currency, List<AssumedYear> years) {
    }

    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    private BenefitRealization() {
    }

    /** Months from the go-live month to {@code upTo}, both counted; 0 before the go-live month. */
    public static int monthsLive(YearMonth goLiveMonth, YearMonth upTo) {
        return upTo.isBefore(goLiveMonth) ? 0 : (int) ChronoUnit.MONTHS.between(goLiveMonth, upTo) + 1;
    }

    /**
     * The benefits assumed from go-live to the month: each year's amount times the share of its twelve months live,
     * rounded half-even to {@code scale} decimals. Months past the plan's horizon assume nothing.
     */
    public static BigDecimal assumedToDate(Assumed assumed, YearMonth goLiveMonth, YearMonth upTo, int scale) {
        int months = monthsLive(goLiveMonth, upTo);
        BigDecimal sum = BigDecimal.ZERO;
        for (AssumedYear year : assumed.years()) {
            int live = Math.min(12, Math.max(0, months - 12 * (year.year() - 1)));
            sum = sum.add(year.total().multiply(BigDecimal.valueOf(live)));
        }
        return sum.divide(MONTHS_A_YEAR, scale, RoundingMode.HALF_EVEN);
    }

    /** Realized over assumed to 4 decimals ("0.8125"); null when nothing was assumed yet (not live, no plan). */
    public static BigDecimal ratio(BigDecimal realized, BigDecimal assumed) {
        return assumed == null || realized == null || assumed.signum() <= 0 ? null
                : realized.divide(assumed, 4, RoundingMode.HALF_EVEN);
    }
}
