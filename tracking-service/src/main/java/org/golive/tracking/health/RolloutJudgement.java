package org.golive.tracking.health;

import org.golive.tracking.earnedvalue.EarnedValue;
import org.golive.tracking.status.ProgressCurves;
import org.golive.tracking.status.TrackedPlan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A rollout as health judged it on a status date, with the figures the judgement read: handed to every
 * {@link JudgementListener} so read models that show these figures (the portfolio, the wave comparison) stay current
 * without reading the plan, the costs and the scorecard a second time.
 *
 * @param spi           schedule performance (in effort while no budget is approved), null while nothing was planned
 * @param readiness     the readiness score, null while the rollout has none
 * @param openConflicts open conflicts of any severity, null while stakeholder-service told nothing
 * @param costsSequence the costs' {@link org.golive.tracking.earnedvalue.RolloutCosts#sequence} the judgement read:
 *                      with the plan's sequence, tells a judgement that read older inputs
 * @param curves        the plan's percent complete by day, worked out once for every read model that shows it (the
 *                      kept status's burn-up, the kept curves of the wave comparison)
 */
public record RolloutJudgement(TrackedPlan plan, LocalDate on, Colour overall, Map<Dimension, Colour> dimensions,
                               BigDecimal spi, EarnedValue earnedValue, BigDecimal readiness, Integer openConflicts,
                               long costsSequence, ProgressCurves curves) {

    public RolloutJudgement(TrackedPlan plan, LocalDate on, Colour overall, Map<Dimension, Colour> dimensions,
                            BigDecimal spi, EarnedValue earnedValue, BigDecimal readiness, Integer openConflicts,
                            long costsSequence) {
        this(plan, on, overall, dimensions, spi, earnedValue, readiness, openConflicts, costsSequence,
                ProgressCurves.of(plan));
    }

    public RolloutJudgement(TrackedPlan plan, LocalDate on, Colour overall, Map<Dimension, Colour> dimensions,
                            BigDecimal spi, EarnedValue earnedValue, BigDecimal readiness, Integer openConflicts) {
        this(plan, on, overall, dimensions, spi, earnedValue, readiness, openConflicts, 0);
    }
}
