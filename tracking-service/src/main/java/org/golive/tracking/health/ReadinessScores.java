package org.golive.tracking.health;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where the readiness dimension of health gets a rollout's go-live readiness score (0 to 100). The readiness
 * scorecard provides it; until a bean of this type exists, readiness has no data. Whoever provides it calls
 * {@link HealthEvaluation#reevaluate(String)} when a score changes, so health follows.
 */
public interface ReadinessScores {

    ReadinessScores NO_DATA = rolloutId -> Optional.empty();

    /** @return the rollout's current readiness score, or empty while it has none */
    Optional<BigDecimal> score(String rolloutId);
}
