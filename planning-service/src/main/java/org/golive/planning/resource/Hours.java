package org.golive.planning.resource;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours as whole hundredths (centihours) in a {@code long}: exact for what the pool and assignments allow (two
 * decimals), and cheap to add up over a program's every task and week.
 */
public final class Hours {

    /** What one unit of a resource works on a working day: a full-time person's eight hours. */
    public static final long UNIT_DAY = 800;

    private Hours() {
    }

    public static long of(BigDecimal hours) {
        return hours.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal decimal(long centihours) {
        BigDecimal value = BigDecimal.valueOf(centihours, 2).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    public static String text(long centihours) {
        return decimal(centihours).toPlainString();
    }
}
