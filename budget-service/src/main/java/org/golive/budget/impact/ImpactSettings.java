package org.golive.budget.impact;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * {@code golive.budget.impact.*}: the discount rate a program roll-up uses when it is not asked for one and the
 * sites' plans do not agree on one (the organisation's cost of capital; 0.08 unless configured).
 */
@ConfigurationProperties("golive.budget.impact")
record ImpactSettings(@DefaultValue("0.08") BigDecimal defaultDiscountRate) {

    ImpactSettings {
        if (defaultDiscountRate.signum() < 0 || defaultDiscountRate.compareTo(BigDecimal.ONE) >= 0) {
            // Refuse to start rather than answer every roll-up with an error: 8 for 8 percent is the usual slip.
            throw new IllegalArgumentException("golive.budget.impact.default-discount-rate is a fraction from 0 up"
                    + " to 1 (0.08 for 8 percent), not " + defaultDiscountRate.toPlainString());
        }
        defaultDiscountRate = PlanInput.normalised(defaultDiscountRate);
    }
}
