package org.golive.budget.impact;

import java.time.Instant;

/**
 * A site's fiscal plan and its impact at the plan's own rate, where the site sits in its program, and, beside the
 * implementation cost the plan assumes, what finance has approved for the site so far.
 *
 * @param approvedBudgetsTotal the total of the rollout's approved (and closed) budgets, for comparison with
 *                             {@code impact.implementationCost}
 */
record SitePlanView(String rolloutId, String programId, String waveId, String waveName, String siteName,
                    String approvedBudgetsTotal, ImpactFigures impact, String updatedBy, Instant updatedAt,
                    long version) {
}
