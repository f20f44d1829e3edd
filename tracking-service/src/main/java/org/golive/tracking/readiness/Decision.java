package org.golive.tracking.readiness;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A checkpoint's decision, with the scorecard state it was taken on (its revision, score, rating and the critical
 * criteria failing then), so that a later change of the scorecard never rewrites why the panel decided as it did.
 */
public record Decision(VoteValue outcome, List<String> conditions, String rationale, String decidedBy,
                       Instant decidedAt, int scorecardRevision, BigDecimal score, Rating rating, boolean gated,
                       List<String> failingCritical) {
}
