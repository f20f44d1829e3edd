package org.golive.budget.fiscal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Present values of yearly cash flows: what a flow of year t is worth today. */
final class Discounting {

    private Discounting() {
    }

    /**
     * {@code PV_t = F_t / (1 + r)^t} for each flow {@code F_t}, the first being year 0 (undiscounted). The growth
     * factor {@code (1 + r)^t} is exact and each quotient is rounded once to {@link MathContext#DECIMAL128}
     * (34 significant digits), so nothing is lost that a cent could notice; the caller rounds the final sum.
     */
    static List<BigDecimal> presentValues(List<BigDecimal> flows, BigDecimal rate) {
        BigDecimal onePlusRate = BigDecimal.ONE.add(rate);
        BigDecimal growth = BigDecimal.ONE;
        List<BigDecimal> presentValues = new ArrayList<>(flows.size());
        for (BigDecimal flow : flows) {
            presentValues.add(flow.divide(growth, MathContext.DECIMAL128));
            growth = growth.multiply(onePlusRate);
        }
        return presentValues;
    }
}
