package org.golive.tracking.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The PMO's view over every site rollout: where each stands against its go-live date, a page at a time.
 *
 * @param rollouts   this page of the rollouts that match, in the order asked for
 * @param total      how many rollouts match, over all pages
 * @param totalPages how many pages of {@code size} they fill (0 when none match)
 * @param links      the pages around this one as relative references ({@code ?health=RED&page=1&size=50}), each
 *                   replacing the query of the URL this page was read from, so they hold through the gateway;
 *                   {@code prev} and {@code next} are null at the ends
 */
record Portfolio(LocalDate asOf, List<ProgramSummary> programs, List<RolloutEntry> rollouts, int page, int size,
                 long total, int totalPages, PageLinks links) {

    record ProgramSummary(String programId, String name, String sponsor, int rolloutCount,
                          Map<String, Integer> sitesByType, List<WaveEntry> waves) {
    }

    record WaveEntry(String waveId, String name, int sequence) {
    }

    record PageLinks(String self, String first, String prev, String next, String last) {
    }

    /**
     * @param daysToGoLive       negative once the site has gone live
     * @param previousGoLiveDate the go-live date before the last move, or null if it never moved
     * @param goLiveMoves        how many times the go-live date moved
     * @param budget             the budget of the fiscal year the site goes live in
     * @param budgets            every budget of the site, one per fiscal year its plan spends in
     * @param phase              the phase of the plan's front of work (its unfinished task that starts first), DONE
     *                           when every task is done, null without a plan
     * @param health             the colours as health last judged them, null before the first judgement
     * @param spi                schedule performance (in effort while no budget is approved)
     * @param budgetBurn         actual cost as a percent of the approved budgets (budget at completion)
     * @param openConflicts      open conflicts of any severity, null while stakeholder-service told nothing
     */
    record RolloutEntry(String rolloutId, String programId, String programName, String waveId, String waveName,
                        String siteName, String siteType, LocalDate goLiveDate, long daysToGoLive,
                        LocalDate previousGoLiveDate, int goLiveMoves, Integer beds, Integer users,
                        BudgetEntry budget, List<BudgetEntry> budgets, String phase, HealthEntry health,
                        BigDecimal percentComplete, BigDecimal spi, BigDecimal cpi, BigDecimal readinessScore,
                        BigDecimal budgetBurn, Integer openConflicts) {

        /** The same entry without what only budget readers see: budgets, CPI and burn. */
        RolloutEntry withoutMoney() {
            return new RolloutEntry(rolloutId, programId, programName, waveId, waveName, siteName, siteType,
                    goLiveDate, daysToGoLive, previousGoLiveDate, goLiveMoves, beds, users, null, null, phase,
                    health, percentComplete, spi, null, readinessScore, null, openConflicts);
        }
    }

    /** GREEN, AMBER, RED or NO_DATA, overall and per dimension. */
    record HealthEntry(String overall, String schedule, String cost, String readiness, String stakeholders) {
    }

    /** @param total the submitted or approved total, an exact decimal in the currency; null while a draft */
    record BudgetEntry(String budgetId, int fiscalYear, String status, String currency, String total) {
    }
}
