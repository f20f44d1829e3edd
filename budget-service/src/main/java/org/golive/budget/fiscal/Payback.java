package org.golive.budget.fiscal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** When the cumulative cash flow, having gone negative, comes back to zero. */
final class Payback {

    /** Payback periods are given in years to 2 decimals (about 4 days), half to even. */
    static final int SCALE = 2;

    private Payback() {
    }

    /**
     * The payback period, in years, of yearly flows {@code F_0..F_N} (year 0 first), with cumulative flows
     * {@code C_t = F_0 + ... + F_t}.
     *
     * <p>It falls in the first year {@code t} at which {@code C_t >= 0} after the cumulative has been negative,
     * and the flow of that year is taken to come in evenly over the year, so it is the linear interpolation
     * {@code (t - 1) + (-C_(t-1)) / F_t}: exactly {@code t} when {@code C_t = 0}. It is 0 when the cumulative is
     * never negative (nothing to pay back), and empty when it is still negative at the end of year N. A later year
     * that takes the cumulative below zero again (an upgrade, say) does not move a payback already reached.
     */
    static Optional<BigDecimal> of(List<BigDecimal> flows) {
        BigDecimal cumulative = BigDecimal.ZERO;
        boolean wentNegative = false;
        for (int t = 0; t < flows.size(); t++) {
            BigDecimal before = cumulative;
            cumulative = cumulative.add(flows.get(t));
            if (cumulative.signum() < 0) {
                wentNegative = true;
            } else if (wentNegative) {
                // Here C_(t-1) < 0 <= C_t, so F_t = C_t - C_(t-1) > 0 and t >= 1.
                BigDecimal fraction = before.negate().divide(flows.get(t), SCALE, RoundingMode.HALF_EVEN);
                return Optional.of(BigDecimal.valueOf(t - 1L).add(fraction));
            }
        }
        return wentNegative ? Optional.empty() : Optional.of(BigDecimal.ZERO.setScale(SCALE));
    }
}
