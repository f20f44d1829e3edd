package org.golive.tracking.earnedvalue;

import java.math.BigDecimal;

/**
 * The four measures every earned-value figure derives from, unrounded: budget at completion, planned value, earned
 * value and actual cost. A wave's or a program's measures are the sums of its rollouts'; its indices are then taken
 * from the sums (never averaged), as ANSI/EIA-748 and PMI's Practice Standard for EVM roll up. Public for the
 * read model that keeps each rollout's ({@link KeptMeasures}); the sums are this package's.
 */
public record Measures(String currency, BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, int rollouts) {

    static Measures none(String currency) {
        return new Measures(currency, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    /** @throws MixedCurrenciesException when the two are kept in different currencies */
    Measures plus(Measures other) {
        String sum = currency;
        if (currency == null) {
            sum = other.currency;
        } else if (other.currency != null && !currency.equals(other.currency)) {
            throw new MixedCurrenciesException(currency, other.currency);
        }
        return new Measures(sum, bac.add(other.bac), pv.add(other.pv), ev.add(other.ev), ac.add(other.ac),
                rollouts + other.rollouts);
    }
}
