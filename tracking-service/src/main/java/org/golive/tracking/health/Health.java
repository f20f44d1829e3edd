package org.golive.tracking.health;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A rollout's health: one verdict per dimension and the overall one, the worst of them (a dimension without data
 * does not count; with no data anywhere, the overall health is NO_DATA).
 */
record Health(Map<Dimension, Verdict> dimensions, Verdict overall) {

    static final String SPI = "schedule.spi";
    static final String OVERDUE_CRITICAL = "schedule.overdue-critical-tasks";
    static final String CPI = "cost.cpi";
    static final String READINESS = "readiness.score";
    static final String SEVERE_CONFLICTS = "stakeholders.open-severe-conflicts";
    static final String ACKNOWLEDGEMENT = "stakeholders.acknowledgement-rate";

    /** Judges the signals by the rules. Plain Java, no clock: the same signals always give the same health. */
    static Health judge(HealthRules rules, Signals signals) {
        Map<Dimension, Verdict> dimensions = new EnumMap<>(Dimension.class);
        Verdict schedule = floor(SPI, signals.spi(), rules.schedule().spi());
        if (signals.planned()) {
            schedule = schedule.worst(ceiling(OVERDUE_CRITICAL, signals.overdueCriticalTasks(),
                    rules.schedule().overdueCriticalTasks()));
        }
        dimensions.put(Dimension.SCHEDULE, schedule);
        dimensions.put(Dimension.COST, floor(CPI, signals.cpi(), rules.cost().cpi()));
        // Outside the PMO's window before go-live, readiness is not judged: not ready yet is expected then.
        dimensions.put(Dimension.READINESS, rules.readiness().counts(signals.daysToGoLive())
                ? floor(READINESS, signals.readiness().orElse(null), rules.readiness().score()) : Verdict.NO_DATA);
        dimensions.put(Dimension.STAKEHOLDERS, signals.stakeholders()
                .map(s -> ceiling(SEVERE_CONFLICTS, s.openSevereConflicts(),
                        rules.stakeholders().openSevereConflicts())
                        .worst(floor(ACKNOWLEDGEMENT, s.acknowledgementRate(),
                                rules.stakeholders().acknowledgementRate())))
                .orElse(Verdict.NO_DATA));
        Verdict overall = Verdict.NO_DATA;
        for (Verdict verdict : dimensions.values()) {
            overall = overall.worst(verdict);
        }
        return new Health(dimensions, overall);
    }

    private static Verdict floor(String rule, BigDecimal value, HealthRules.Floor floor) {
        if (value == null) {
            return Verdict.NO_DATA;
        }
        if (value.compareTo(floor.redBelow()) < 0) {
            return Verdict.of(Colour.RED, rule, value, floor.redBelow());
        }
        if (value.compareTo(floor.amberBelow()) < 0) {
            return Verdict.of(Colour.AMBER, rule, value, floor.amberBelow());
        }
        return Verdict.of(Colour.GREEN, rule, value, floor.amberBelow());
    }

    private static Verdict ceiling(String rule, int count, HealthRules.Ceiling ceiling) {
        BigDecimal value = BigDecimal.valueOf(count);
        if (count >= ceiling.redAtLeast()) {
            return Verdict.of(Colour.RED, rule, value, BigDecimal.valueOf(ceiling.redAtLeast()));
        }
        if (count >= ceiling.amberAtLeast()) {
            return Verdict.of(Colour.AMBER, rule, value, BigDecimal.valueOf(ceiling.amberAtLeast()));
        }
        return Verdict.of(Colour.GREEN, rule, value, BigDecimal.valueOf(ceiling.amberAtLeast()));
    }
}
