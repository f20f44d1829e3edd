package org.golive.budget.impact;

/**
 * Where a site rollout sits in its program as budget last heard from planning: its wave (null when in none), the
 * wave's name (its own events' name when one was seen) and place in the program's order.
 */
public record SitePlacement(String rolloutId, String siteName, String waveId, String waveName, Integer waveSequence) {
}
