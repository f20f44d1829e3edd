package org.golive.tracking.readiness;

/** A task of the site's plan that evidences a criterion, and whether it is done. */
public record TaskTag(String taskId, String criterionId, boolean done) {
}
