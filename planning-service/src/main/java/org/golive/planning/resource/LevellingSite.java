package org.golive.planning.resource;

import java.time.LocalDate;
import java.util.Map;

/**
 * A rollout as levelling takes it: its go-live date (which sets its priority: the earlier go-live keeps its dates),
 * its assigned tasks with their current dates, and how many working days each may start later ({@code slackDays};
 * a task not in the map does not move).
 */
public record LevellingSite(SiteDemand demand, LocalDate goLiveDate, Map<String, Integer> slackDays) {

    public LevellingSite {
        slackDays = Map.copyOf(slackDays);
    }

    String rolloutId() {
        return demand.rolloutId();
    }
}
