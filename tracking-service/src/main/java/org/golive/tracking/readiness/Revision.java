package org.golive.tracking.readiness;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One entry of the scorecard's history: what changed, why, by whom, and the score after it. Every assessment and
 * every change an event made is kept.
 */
public record Revision(int revision, Instant at, String by, Cause cause, List<Change> changes, String note,
                       BigDecimal score, Rating rating, boolean gated) {

    public enum Cause { PLAN, ASSESSMENT, TASK_PROGRESS, TRAINING }

    /** @param previousStatus null for a criterion the revision created */
    public record Change(String criterionId, CriterionStatus previousStatus, CriterionStatus status, int attainment,
                         String evidence) {
    }
}
