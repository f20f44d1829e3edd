package org.golive.contract.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A site's go-live readiness scorecard changed: someone assessed a criterion, or a task or the training figures that
 * feed a criterion moved it. Carries the criteria that changed and the whole score after the change. Key: rollout id.
 *
 * @param revision        the scorecard's revision after this change (its history entry), from 1
 * @param cause           ASSESSMENT (through the API), TASK_PROGRESS (tagged tasks), TRAINING (training figures) or
 *                        PLAN (the plan was instantiated and the scorecard seeded)
 * @param score           the weighted score, 0 to 100 with one decimal, capped while a critical criterion fails
 * @param rating          READY, AT_RISK or NOT_READY
 * @param gated           true while a critical criterion is not met (the score is capped)
 * @param failingCritical ids of the critical criteria not met
 */
public record ReadinessAssessed(
        String rolloutId,
        String programId,
        int revision,
        String cause,
        List<CriterionChange> changed,
        BigDecimal score,
        String rating,
        boolean gated,
        List<String> failingCritical,
        String assessedBy,
        Instant assessedAt) {

    public static final String TYPE = "org.golive.tracking.readiness.assessed.v1";

    /**
     * One criterion after the change.
     *
     * @param previousStatus null for a criterion the change created
     * @param status         MET, PARTIAL or NOT_MET
     * @param attainment     percent reached, 0 to 100
     * @param passLevel      percent at which the criterion is met
     */
    public record CriterionChange(String criterionId, String name, String domain, String criticality,
                                  String previousStatus, String status, int attainment, int passLevel,
                                  String evidence) {
    }
}
