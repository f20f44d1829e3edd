package org.golive.planning.rollout;

/** The place a rollout goes live at: its name, kind, and size in beds and EHR users (either may be unknown). */
public record Site(String name, SiteType type, Integer beds, Integer users) {
}
