package org.golive.tracking.health;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where the readiness dimension of health gets a rollout's go-live readiness score (0 to 100). The readiness
 * scorecard provides it; until a bean of this type exists, readiness has no data. Whoever provides it calls
 * {@link HealthEvaluation#reevaluate(String)} when a score changes, so health follows.
 */
public interface ReadinessScores {

    ReadinessScores NO_DATA = new ReadinessScores() {
        @Override
        public Optional<BigDecimal> score(String rolloutId) {
            return Optional.empty();
        }

        @Override
        public Map<String, BigDecimal> scores(Collection<String> rolloutIds) {
            return Map.of();
        }
    };

    /** @return the rollout's current readiness score, or empty while it has none */
    Optional<BigDecimal> score(String rolloutId);

    /** The scores of these rollouts, in one read; those without a score left out. */
    Map<String, BigDecimal> scores(Collection<String> rolloutIds);
}
