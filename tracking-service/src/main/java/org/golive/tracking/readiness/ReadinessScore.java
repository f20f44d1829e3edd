package org.golive.tracking.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The weighted readiness score (README, "Go-live readiness"): each criterion adds its weight (CRITICAL 3, MAJOR 2,
 * MINOR 1) times its attainment's share of its pass level (at most 1); the sum over the sum of the weights, as a
 * percent with one decimal. While any CRITICAL criterion is not met the scorecard is gated: the score is capped at
 * {@link #GATE_CAP} and the rating is NOT_READY, however good the rest is.
 *
 * @param raw             the weighted score before the gate
 * @param score           the score after the gate: what the scorecard reports
 * @param failingCritical ids of the critical criteria not met
 */
public record ReadinessScore(BigDecimal raw, BigDecimal score, Rating rating, boolean gated,
                             List<String> failingCritical) {

    public static final BigDecimal GATE_CAP = new BigDecimal("50.0");
    static final BigDecimal READY_AT = new BigDecimal("90");
    static final BigDecimal AT_RISK_AT = new BigDecimal("75");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ReadinessScore {
        failingCritical = List.copyOf(failingCritical);
    }

    public static ReadinessScore of(List<Criterion> criteria) {
        int weights = 0;
        BigDecimal earned = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            weights += criterion.criticality().weight();
            earned = earned.add(BigDecimal.valueOf(criterion.criticality().weight()).multiply(criterion.progress()));
        }
        BigDecimal raw = weights == 0 ? BigDecimal.ZERO.setScale(1)
                : earned.multiply(HUNDRED).divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
        List<String> failing = criteria.stream()
                .filter(c -> c.criticality() == Criticality.CRITICAL && !c.met())
                .map(Criterion::id).toList();
        boolean gated = !failing.isEmpty();
        BigDecimal score = gated ? raw.min(GATE_CAP) : raw;
        Rating rating = gated || score.compareTo(AT_RISK_AT) < 0 ? Rating.NOT_READY
                : score.compareTo(READY_AT) < 0 ? Rating.AT_RISK : Rating.READY;
        return new ReadinessScore(raw, score, rating, gated, failing);
    }
}
