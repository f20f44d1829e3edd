package org.golive.tracking.earnedvalue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Earned value as the API answers it: money and indices as exact decimal strings ("112500.00", "0.8889"), as every
 * Golive amount travels, so no client reads them through a floating-point number; null where a divisor is zero.
 */
record EarnedValueView(String scope, String id, LocalDate statusDate, int rollouts, String currency, String bac,
                       String pv, String ev, String ac, String sv, String cv, String spi, String cpi, String eac,
                       String etc, String vac, String tcpi) {

    static EarnedValueView of(EarnedValue v) {
        return new EarnedValueView(v.scope(), v.id(), v.statusDate(), v.rollouts(), v.currency(), text(v.bac()),
                text(v.pv()), text(v.ev()), text(v.ac()), text(v.sv()), text(v.cv()), text(v.spi()), text(v.cpi()),
                text(v.eac()), text(v.etc()), text(v.vac()), text(v.tcpi()));
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
