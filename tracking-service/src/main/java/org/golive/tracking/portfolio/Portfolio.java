package org.golive.tracking.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The PMO's view over every site rollout: where each stands against its go-live date. */
record Portfolio(LocalDate asOf, List<ProgramSummary> programs, List<RolloutEntry> rollouts) {

    record ProgramSummary(String programId, String name, String sponsor, int rolloutCount,
                          Map<String, Integer> sitesByType, List<WaveEntry> waves) {
    }

    record WaveEntry(String waveId, String name, int sequence) {
    }

    /**
     * @param daysToGoLive       negative once the site has gone live
     * @param previousGoLiveDate the go-live date before the last move, or null if it never moved
     * @param goLiveMoves        how many times the go-live date moved
     * @param budget             the budget of the fiscal year the site goes live in
     * @param budgets            every budget of the site, one per fiscal year its plan spends in
     */
    record RolloutEntry(String rolloutId, String programId, String programName, String waveId, String waveName,
                        String siteName, String siteType, LocalDate goLiveDate, long daysToGoLive,
                        LocalDate previousGoLiveDate, int goLiveMoves, Integer beds, Integer users,
                        BudgetEntry budget, List<BudgetEntry> budgets) {
    }

    /** @param total the submitted or approved total, an exact decimal in the currency; null while a draft */
    record BudgetEntry(String budgetId, int fiscalYear, String status, String currency, String total) {
    }
}
