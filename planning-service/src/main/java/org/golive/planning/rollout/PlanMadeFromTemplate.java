package org.golive.planning.rollout;

/**
 * Said inside this instance, right after a site plan made from a template was stored, so that the resource package
 * gives it its template's role demand in the same request (the plan-instantiated event does it again after a crash).
 */
public record PlanMadeFromTemplate(String rolloutId) {
}
