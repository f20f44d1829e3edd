package org.golive.tracking.earnedvalue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Earned value on a status date, for a rollout, a wave or a program (formulas in the README, after ANSI/EIA-748 and
 * PMI's PMBOK Guide and Practice Standard for Earned Value Management). Money is rounded to 2 decimals and indices
 * to 4, both half-even, once, from unrounded measures; a figure whose divisor is zero is null.
 *
 * @param scope    ROLLOUT, WAVE or PROGRAM
 * @param measures the unrounded measures the figures were taken from: a wave's are the sums of its rollouts'
 *                 ({@link KeptMeasures} keeps each rollout's from its judgements); not part of any answer
 */
public record EarnedValue(String scope, String id, LocalDate statusDate, int rollouts, String currency,
                          BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal sv, BigDecimal cv,
                          BigDecimal spi, BigDecimal cpi, BigDecimal eac, BigDecimal etc, BigDecimal vac,
                          BigDecimal tcpi, Measures measures) {

    static final int MONEY_SCALE = 2;
    static final int INDEX_SCALE = 4;
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    static EarnedValue of(String scope, String id, LocalDate statusDate, Measures m) {
        BigDecimal eac = m.ev().signum() > 0 ? m.bac().multiply(m.ac()).divide(m.ev(), EXACT_ENOUGH) : null;
        return new EarnedValue(scope, id, statusDate, m.rollouts(), m.currency(),
                money(m.bac()), money(m.pv()), money(m.ev()), money(m.ac()),
                money(m.ev().subtract(m.pv())), money(m.ev().subtract(m.ac())),
                index(m.ev(), m.pv()), index(m.ev(), m.ac()),
                money(eac), eac == null ? null : money(eac.subtract(m.ac())),
                eac == null ? null : money(m.bac().subtract(eac)),
                index(m.bac().subtract(m.ev()), m.bac().subtract(m.ac())), m);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal index(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null
                : numerator.divide(denominator, EXACT_ENOUGH).setScale(INDEX_SCALE, RoundingMode.HALF_EVEN);
    }
}
