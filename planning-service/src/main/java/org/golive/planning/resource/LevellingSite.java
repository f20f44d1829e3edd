package org.golive.planning.resource;

import java.time.LocalDate;
import java.util.Map;

/**
 * A rollout as levelling takes it: its priority (1 to 1000: the higher keeps its dates) and go-live date (among equal
 * priorities the earlier go-live keeps its dates), its assigned tasks with their current dates, and how many working
 * days each may start later ({@code slackDays}; a task not in the map does not move).
 */
public record LevellingSite(SiteDemand demand, int priority, LocalDate goLiveDate, Map<String, Integer> slackDays) {

    /** MS Project's default priority. */
    public static final int DEFAULT_PRIORITY = 500;

    public LevellingSite {
        slackDays = Map.copyOf(slackDays);
    }

    /** A rollout of the default priority. */
    public LevellingSite(SiteDemand demand, LocalDate goLiveDate, Map<String, Integer> slackDays) {
        this(demand, DEFAULT_PRIORITY, goLiveDate, slackDays);
    }

    String rolloutId() {
        return demand.rolloutId();
    }
}
