package org.golive.contract.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A conflict between stakeholders of a rollout was logged, with an owner and a date by which it must be resolved.
 * Key: rollout id.
 *
 * @param kind              CLINICAL_TECHNICAL_WORKFLOW, RESOURCE, SCOPE, BUDGET, SCHEDULE or VENDOR
 * @param severity          LOW, MEDIUM, HIGH or CRITICAL
 * @param decisionMakerRole the role whose decision settles it
 */
public record ConflictRaised(String conflictId, String rolloutId, String programId, String title, String kind,
                             String severity, String owner, List<String> partyIds, String decisionMakerRole,
                             LocalDate dueDate, String raisedBy, Instant raisedAt) {

    public static final String TYPE = "org.golive.stakeholder.conflict.raised.v1";
}
