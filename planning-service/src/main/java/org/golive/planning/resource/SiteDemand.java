package org.golive.planning.resource;

import org.golive.planning.schedule.WorkCalendar;

import java.util.List;

/** One rollout's assigned tasks and the site calendar their days are worked on. */
public record SiteDemand(String rolloutId, WorkCalendar calendar, List<AssignedTask> tasks) {
}
