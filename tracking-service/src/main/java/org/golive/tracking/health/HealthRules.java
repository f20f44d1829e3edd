package org.golive.tracking.health;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.golive.platform.problem.RuleViolationException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PMO's thresholds for each health dimension. A floor judges a figure that should stay high (SPI, CPI, readiness
 * score, acknowledgement rate): below {@code redBelow} is red, below {@code amberBelow} amber, else green. A ceiling
 * judges a count that should stay low (overdue critical tasks, open severe conflicts): from {@code redAtLeast} red,
 * from {@code amberAtLeast} amber, else green.
 */
public record HealthRules(@NotNull @Valid Schedule schedule, @NotNull @Valid Cost cost,
                          @NotNull @Valid Readiness readiness, @NotNull @Valid Stakeholders stakeholders) {

    public record Schedule(@NotNull @Valid Floor spi, @NotNull @Valid Ceiling overdueCriticalTasks) {
    }

    public record Cost(@NotNull @Valid Floor cpi) {
    }

    /**
     * @param score                      the readiness score, 0 to 100
     * @param countsFromDaysBeforeGoLive readiness counts in health from this many days before go-live (90: from
     *                                   GL-90); before that it is NO_DATA, so a site that is not expected to be ready
     *                                   yet is not red. Null: it always counts
     */
    public record Readiness(@NotNull @Valid Floor score, @PositiveOrZero Integer countsFromDaysBeforeGoLive) {

        public Readiness(Floor score) {
            this(score, null);
        }

        /** Whether readiness is judged at this many days before go-live (null: the rollout has no go-live date). */
        boolean counts(Long daysToGoLive) {
            return countsFromDaysBeforeGoLive == null || daysToGoLive == null
                    || daysToGoLive <= countsFromDaysBeforeGoLive;
        }
    }

    /** @param acknowledgementRate the share of communications acknowledged, 0 to 1 */
    public record Stakeholders(@NotNull @Valid Ceiling openSevereConflicts, @NotNull @Valid Floor acknowledgementRate) {
    }

    public record Floor(@NotNull BigDecimal amberBelow, @NotNull BigDecimal redBelow) {
    }

    public record Ceiling(@NotNull Integer amberAtLeast, @NotNull Integer redAtLeast) {
    }

    private static final BigDecimal MAX_INDEX = BigDecimal.TEN;
    private static final int MAX_COUNT = 100_000;
    private static final int MAX_WINDOW_DAYS = 3_650;
    static final int DEFAULT_READINESS_WINDOW = 90;

    /**
     * Amber under 0.95 and red under 0.85 for SPI and CPI (a common PMO convention), and the like for the rest;
     * readiness counts from GL-90.
     */
    public static HealthRules defaults() {
        return new HealthRules(
                new Schedule(new Floor(new BigDecimal("0.95"), new BigDecimal("0.85")), new Ceiling(1, 3)),
                new Cost(new Floor(new BigDecimal("0.95"), new BigDecimal("0.85"))),
                new Readiness(new Floor(new BigDecimal("85"), new BigDecimal("70")), DEFAULT_READINESS_WINDOW),
                new Stakeholders(new Ceiling(1, 2), new Floor(new BigDecimal("0.80"), new BigDecimal("0.60"))));
    }

    /** @throws RuleViolationException (422) naming every threshold that makes no sense */
    public HealthRules validated() {
        Map<String, String> problems = new LinkedHashMap<>();
        floor(problems, "schedule.spi", schedule.spi(), MAX_INDEX);
        ceiling(problems, "schedule.overdueCriticalTasks", schedule.overdueCriticalTasks());
        floor(problems, "cost.cpi", cost.cpi(), MAX_INDEX);
        floor(problems, "readiness.score", readiness.score(), BigDecimal.valueOf(100));
        Integer window = readiness.countsFromDaysBeforeGoLive();
        if (window != null && (window < 0 || window > MAX_WINDOW_DAYS)) {
            problems.put("readiness.countsFromDaysBeforeGoLive", "must lie between 0 and " + MAX_WINDOW_DAYS);
        }
        ceiling(problems, "stakeholders.openSevereConflicts", stakeholders.openSevereConflicts());
        floor(problems, "stakeholders.acknowledgementRate", stakeholders.acknowledgementRate(), BigDecimal.ONE);
        if (!problems.isEmpty()) {
            throw new RuleViolationException("Some health thresholds make no sense", problems);
        }
        return this;
    }

    private static void floor(Map<String, String> problems, String field, Floor floor, BigDecimal max) {
        if (floor.redBelow().signum() < 0 || floor.amberBelow().compareTo(max) > 0) {
            problems.put(field, "thresholds must lie between 0 and " + max.toPlainString());
        } else if (floor.redBelow().compareTo(floor.amberBelow()) > 0) {
            problems.put(field, "redBelow may not exceed amberBelow: red is the worse colour");
        }
    }

    private static void ceiling(Map<String, String> problems, String field, Ceiling ceiling) {
        if (ceiling.amberAtLeast() < 1 || ceiling.redAtLeast() > MAX_COUNT) {
            problems.put(field, "thresholds must lie between 1 and " + MAX_COUNT);
        } else if (ceiling.redAtLeast() < ceiling.amberAtLeast()) {
            problems.put(field, "redAtLeast may not be below amberAtLeast: red is the worse colour");
        }
    }
}
