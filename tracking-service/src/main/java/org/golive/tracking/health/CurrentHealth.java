package org.golive.tracking.health;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A rollout's health as last judged, for other read models to quote (the weekly status report freezes it). */
@Component
public class CurrentHealth {

    private final RolloutHealths healths;
    private final HealthEvaluation evaluation;

    CurrentHealth(RolloutHealths healths, HealthEvaluation evaluation) {
        this.healths = healths;
        this.evaluation = evaluation;
    }

    /** @param dimensions schedule, cost, readiness and stakeholders, in that order */
    public record Reading(Colour overall, String cause, List<DimensionReading> dimensions, Instant evaluatedAt) {
    }

    public record DimensionReading(Dimension dimension, Colour colour, String rule, String value) {
    }

    /** The health of a known rollout, judged now if it never was (as {@code GET …/health} does). */
    public Optional<Reading> of(String rolloutId) {
        if (healths.find(rolloutId).isEmpty()) {
            evaluation.reevaluate(rolloutId);
        }
        return healths.find(rolloutId).map(health -> new Reading(health.overall().colour(), health.overall().rule(),
                Arrays.stream(Dimension.values()).map(dimension -> {
                    Verdict verdict = health.dimensions().getOrDefault(dimension.name(), Verdict.NO_DATA);
                    return new DimensionReading(dimension, verdict.colour(), verdict.rule(), verdict.value());
                }).toList(), health.evaluatedAt()));
    }
}
