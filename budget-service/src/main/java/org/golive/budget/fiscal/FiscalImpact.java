package org.golive.budget.fiscal;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The long-term fiscal impact of a site, or of a wave or program rolled up from its sites, read from a
 * {@link FiscalHorizon} at a discount rate. With {@code I} the implementation cost (year 0), {@code C_t} and
 * {@code B_t} the recurring costs and benefits of year {@code t = 1..N}, and {@code r} the discount rate:
 * <ul>
 *   <li>{@link #tco(int) TCO_k} = {@code I + C_1 + ... + C_k}, the total cost of ownership over k years;</li>
 *   <li>{@link #npv() NPV} = {@code -I + sum_(t=1..N) (B_t - C_t) / (1 + r)^t};</li>
 *   <li>{@link #roi() ROI} = {@code (B - C) / C} over the horizon, with {@code B = sum B_t} and
 *       {@code C = I + sum C_t};</li>
 *   <li>{@link #paybackYears() payback}: when the cumulative net {@code -I + sum (B_t - C_t)} turns non-negative,
 *       and {@link #discountedPaybackYears() discounted payback}: the same on the discounted flows.</li>
 * </ul>
 * Sums of money are exact. What needs a rounding is rounded once, at the end, half to even: the NPV to the
 * currency's minor units, the ROI to 4 decimals, a payback to 2 decimals of a year. What a horizon cannot tell (a
 * TCO beyond its years, a payback it does not reach, an ROI with nothing spent) is {@link Optional#empty() empty}.
 */
public final class FiscalImpact {

    /** ROI is a ratio to 4 decimals (so a percent to 2), half to even. */
    public static final int ROI_SCALE = 4;

    private final FiscalHorizon horizon;
    private final BigDecimal discountRate;
    private final int completeYears;
    private final Money totalCosts;
    private final Money totalBenefits;
    private final Money npv;
    private final Optional<BigDecimal> roi;
    private final Optional<BigDecimal> paybackYears;
    private final Optional<BigDecimal> discountedPaybackYears;

    private FiscalImpact(FiscalHorizon horizon, BigDecimal discountRate, int completeYears) {
        this.horizon = horizon;
        this.discountRate = discountRate;
        this.completeYears = completeYears;
        this.totalCosts = costsOver(horizon, horizon.length());
        this.totalBenefits = Money.sum(horizon.currency(),
                horizon.years().stream().map(YearLine::totalBenefits).toList());
        List<BigDecimal> flows = netFlows(horizon);
        List<BigDecimal> presentValues = Discounting.presentValues(flows, discountRate);
        this.npv = Money.rounded(presentValues.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                horizon.currency());
        this.roi = totalCosts.isZero() ? Optional.empty() : Optional.of(totalBenefits.minus(totalCosts).amount()
                .divide(totalCosts.amount(), ROI_SCALE, RoundingMode.HALF_EVEN));
        this.paybackYears = Payback.of(flows);
        this.discountedPaybackYears = Payback.of(presentValues);
    }

    /**
     * The impact of one site.
     *
     * @param discountRate a fraction, 0.08 for 8 percent, from 0 to 1
     * @throws IllegalArgumentException if the rate is outside 0..1 (8 for 8 percent is the usual slip)
     */
    public static FiscalImpact of(FiscalHorizon horizon, BigDecimal discountRate) {
        Objects.requireNonNull(horizon, "horizon");
        return new FiscalImpact(horizon, checked(discountRate), horizon.length());
    }

    /**
     * The impact of a wave or program, computed on the {@linkplain FiscalHorizon#sum sum} of its sites' horizons.
     * Its NPV is the sum of the sites' NPVs (give or take the final rounding of each to a cent); its ROI and
     * payback are not sums but read from the summed flows. A TCO is only given for the years every site's horizon
     * covers ({@link #completeYears()}): beyond them a shorter site would count as costing nothing.
     *
     * @throws IllegalArgumentException  if there are no sites
     * @throws org.golive.budget.money.CurrencyMismatchException if the sites are not all in one currency
     */
    public static FiscalImpact rollUp(List<FiscalHorizon> sites, BigDecimal discountRate) {
        FiscalHorizon total = FiscalHorizon.sum(sites);
        int shortest = sites.stream().mapToInt(FiscalHorizon::length).min().orElseThrow();
        return new FiscalImpact(total, checked(discountRate), shortest);
    }

    private static BigDecimal checked(BigDecimal discountRate) {
        Objects.requireNonNull(discountRate, "discountRate");
        if (discountRate.signum() < 0 || discountRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a discount rate of " + discountRate
                    + ": it is a fraction from 0 to 1, 0.08 for 8 percent");
        }
        return discountRate;
    }

    /** {@code F_0 = -I}, then {@code F_t = B_t - C_t}. */
    private static List<BigDecimal> netFlows(FiscalHorizon horizon) {
        List<BigDecimal> flows = new ArrayList<>();
        flows.add(horizon.implementationCost().negate().amount());
        horizon.years().forEach(year -> flows.add(year.net().amount()));
        return flows;
    }

    public FiscalHorizon horizon() {
        return horizon;
    }

    public BigDecimal discountRate() {
        return discountRate;
    }

    /** N, the years the NPV, ROI and payback are computed over (for a roll-up, the longest site's). */
    public int horizonYears() {
        return horizon.length();
    }

    /** The years the TCO is known for: the horizon of a site, the shortest site's horizon in a roll-up. */
    public int completeYears() {
        return completeYears;
    }

    /**
     * {@code TCO_k = I + C_1 + ... + C_k}: the implementation cost and k years of recurring costs, benefits left
     * out. Empty when k is beyond {@link #completeYears()}: a partial sum would look like a cheap TCO.
     *
     * @throws IllegalArgumentException if k is negative
     */
    public Optional<Money> tco(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("a TCO over " + years + " years");
        }
        if (years > completeYears) {
            return Optional.empty();
        }
        return Optional.of(costsOver(horizon, years));
    }

    /** {@code I + C_1 + ... + C_k}. */
    private static Money costsOver(FiscalHorizon horizon, int years) {
        return horizon.years().subList(0, years).stream().map(YearLine::totalCosts)
                .reduce(horizon.implementationCost(), Money::plus);
    }

    public Optional<Money> tco1() {
        return tco(1);
    }

    public Optional<Money> tco5() {
        return tco(5);
    }

    public Optional<Money> tco7() {
        return tco(7);
    }

    /** {@code C = I + sum C_t}: everything the horizon costs, implementation included. */
    public Money totalCosts() {
        return totalCosts;
    }

    /** {@code B = sum B_t}. */
    public Money totalBenefits() {
        return totalBenefits;
    }

    /** {@code B - C}, undiscounted: the NPV at a 0 rate. */
    public Money netBenefit() {
        return totalBenefits.minus(totalCosts);
    }

    /**
     * {@code NPV = -I + sum_(t=1..N) (B_t - C_t) / (1 + r)^t}: the implementation cost is paid at go-live,
     * undiscounted, and each year's net at its end. Each term is kept to 34 significant digits (DECIMAL128) and
     * the sum rounded once, half to even, to the currency's minor units.
     */
    public Money npv() {
        return npv;
    }

    /**
     * {@code ROI = (B - C) / C} over the horizon, a ratio to 4 decimals, half to even: 0.2500 for 25 percent,
     * negative when the site never earns its costs back. Empty when nothing costs anything ({@code C = 0}).
     */
    public Optional<BigDecimal> roi() {
        return roi;
    }

    /** The {@link #roi()} as a percent to 2 decimals: 25.00. */
    public Optional<BigDecimal> roiPercent() {
        return roi.map(ratio -> ratio.movePointRight(2));
    }

    /**
     * The undiscounted payback period in years to 2 decimals: when the cumulative net {@code -I + sum (B_t - C_t)}
     * first turns non-negative, interpolated linearly within that year ({@code (t - 1) + remaining / F_t}, as if
     * the year's net came in evenly). 0 when it is never negative; empty when the horizon ends before it pays back.
     */
    public Optional<BigDecimal> paybackYears() {
        return paybackYears;
    }

    /**
     * The payback period on the discounted flows {@code -I, F_1 / (1 + r), ..., F_N / (1 + r)^N}, interpolated the
     * same way: equal to the undiscounted one at a 0 rate, and never earlier when no year after go-live nets
     * negative (a net loss in a later year weighs less once discounted, so then it can be earlier).
     */
    public Optional<BigDecimal> discountedPaybackYears() {
        return discountedPaybackYears;
    }

    @Override
    public String toString() {
        return "FiscalImpact[" + horizonYears() + " years at " + discountRate + ": TCO " + totalCosts + ", NPV "
                + npv + ", ROI " + roi.map(BigDecimal::toPlainString).orElse("n/a") + ", payback "
                + paybackYears.map(BigDecimal::toPlainString).orElse("none") + "]";
    }
}
