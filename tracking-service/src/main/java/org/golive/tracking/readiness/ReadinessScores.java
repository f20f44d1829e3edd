package org.golive.tracking.readiness;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A rollout's weighted readiness score (0 to 100, the critical gate applied), for other read models such as health;
 * empty while the rollout has no scorecard (its plan is not instantiated yet).
 */
public interface ReadinessScores {

    Optional<BigDecimal> score(String rolloutId);
}
