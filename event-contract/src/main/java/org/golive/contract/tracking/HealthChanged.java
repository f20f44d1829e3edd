package org.golive.contract.tracking;

import java.time.Instant;
import java.util.List;

/**
 * A rollout's health (RAG) changed in at least one dimension, judged by the PMO's rules. Key: rollout id.
 *
 * @param previousOverall GREEN, AMBER, RED or NO_DATA before the change; null the first time the rollout is judged
 * @param overall         GREEN, AMBER, RED or NO_DATA: the worst colour of the dimensions that have data
 * @param cause           the rule that caused the change (e.g. {@code schedule.spi}): the rule behind the new overall
 *                        colour when that changed, otherwise the rule of the first dimension that changed
 * @param dimensions      schedule, cost, readiness and stakeholders, each with its colour before and after
 */
public record HealthChanged(
        String rolloutId,
        String programId,
        String previousOverall,
        String overall,
        String cause,
        List<DimensionHealth> dimensions,
        Instant evaluatedAt) {

    public static final String TYPE = "org.golive.tracking.health.changed.v1";

    /**
     * @param rule      the rule that set the colour (e.g. {@code cost.cpi}), null when the dimension has no data
     * @param value     what the rule measured, as a decimal string (an index, a count or a rate), or null
     * @param threshold the threshold the value was held against (the amber or red bound it crossed, or the green
     *                  bound it met), or null
     */
    public record DimensionHealth(String dimension, String previous, String colour, String rule, String value,
                                  String threshold) {
    }
}
