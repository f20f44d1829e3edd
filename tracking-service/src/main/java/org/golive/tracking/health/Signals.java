package org.golive.tracking.health;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a rollout's health is judged from on a status date.
 *
 * @param planned      whether the rollout has a plan (overdue tasks mean nothing without one)
 * @param spi          schedule performance index, null while nothing was planned by the status date
 * @param cpi          cost performance index, null while no actual cost was booked
 * @param readiness    the readiness score (0 to 100), when readiness is assessed
 * @param stakeholders conflicts and acknowledgements, when the stakeholder service publishes them
 * @param daysToGoLive calendar days from the status date to go-live (negative after it), null without a date
 */
record Signals(boolean planned, BigDecimal spi, int overdueCriticalTasks, BigDecimal cpi,
               Optional<BigDecimal> readiness, Optional<StakeholderSignals.Engagement> stakeholders,
               Long daysToGoLive) {

    Signals(boolean planned, BigDecimal spi, int overdueCriticalTasks, BigDecimal cpi, Optional<BigDecimal> readiness,
            Optional<StakeholderSignals.Engagement> stakeholders) {
        this(planned, spi, overdueCriticalTasks, cpi, readiness, stakeholders, null);
    }
}
