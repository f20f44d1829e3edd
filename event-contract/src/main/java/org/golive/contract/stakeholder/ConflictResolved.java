package org.golive.contract.stakeholder;

import java.time.Instant;

/**
 * A conflict was settled: the decision, who made it and when. Key: rollout id.
 *
 * @param level the escalation level it had reached when resolved
 */
public record ConflictResolved(String conflictId, String rolloutId, String programId, String kind, String severity,
                               String level, String decision, String decidedBy, Instant decidedAt) {

    public static final String TYPE = "org.golive.stakeholder.conflict.resolved.v1";
}
