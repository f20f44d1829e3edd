package org.golive.tracking.health;

import org.golive.tracking.earnedvalue.RolloutCosts;
import org.golive.tracking.status.TrackedPlan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a rollout's health is judged from, whichever source gave it ({@link JudgementInputs}): its plan, its costs,
 * its readiness score (none until it has a scorecard) and its engagement (none until stakeholder-service told
 * something about it).
 */
public record RolloutInputs(TrackedPlan plan, RolloutCosts costs, Optional<BigDecimal> readiness,
                            Optional<StakeholderSignals.Engagement> engagement) {
}
