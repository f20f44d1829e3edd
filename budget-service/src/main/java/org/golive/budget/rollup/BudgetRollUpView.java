package org.golive.budget.rollup;

import io.swagger.v3.oas.annotations.media.Schema;
import org.golive.budget.budget.Envelope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program's budgets summed per wave and per site, each by category and fiscal year, beside the program's envelope
 * for each fiscal year. Amounts are exact decimal strings in {@code currency}.
 *
 * @param fiscalYear          the fiscal year asked for, or null for all
 * @param fiscalYears         the fiscal years the figures cover
 * @param otherCurrencyBudgets budgets kept in another currency: never converted, so left out of the sums
 */
record BudgetRollUpView(String programId, String currency, Integer fiscalYear, List<Integer> fiscalYears,
                        RollUpTotals program, List<RollUpEnvelope> envelopes, List<RollUpWave> waves,
                        List<RollUpSite> sites, List<String> otherCurrencyBudgets) {

    /** @param variance planned minus forecast: negative is an overrun */
    @Schema(name = "RollUpAmounts")
    record Amounts(String planned, String approved, String committed, String actual, String exposure,
                   String forecast, String variance) {

        static Amounts of(Figures f) {
            return new Amounts(f.planned().amount().toPlainString(), f.approved().amount().toPlainString(),
                    f.committed().amount().toPlainString(), f.actual().amount().toPlainString(),
                    f.exposure().amount().toPlainString(), f.forecast().amount().toPlainString(),
                    f.variance().amount().toPlainString());
        }
    }

    /**
     * @param budgets     how many budgets are summed (a site has one per fiscal year)
     * @param categories  by budget category, only those with money planned or spent
     * @param fiscalYears by fiscal year ("2027")
     */
    record RollUpTotals(int budgets, Amounts total, Map<String, Amounts> categories,
                        Map<String, Amounts> fiscalYears) {

        static RollUpTotals of(Totals totals) {
            Map<String, Amounts> categories = new LinkedHashMap<>();
            totals.categories().forEach((category, f) -> categories.put(category.name(), Amounts.of(f)));
            Map<String, Amounts> years = new LinkedHashMap<>();
            totals.fiscalYears().forEach((year, f) -> years.put(String.valueOf(year), Amounts.of(f)));
            return new RollUpTotals(totals.budgets(), Amounts.of(totals.total()), categories, years);
        }
    }

    /**
     * @param amount    the envelope finance set, or null when it set none for that year
     * @param allocated what the program's approvals have reserved of it
     */
    record RollUpEnvelope(int fiscalYear, String amount, String allocated, String remaining, Long version) {

        static RollUpEnvelope of(Envelope envelope) {
            return new RollUpEnvelope(envelope.fiscalYear(), envelope.amount() == null ? null
                    : envelope.amount().toPlainString(), envelope.allocated().amount().toPlainString(),
                    envelope.remaining().amount().toPlainString(), envelope.version());
        }

        static RollUpEnvelope none(int fiscalYear) {
            return new RollUpEnvelope(fiscalYear, null, null, null, null);
        }
    }

    /** @param waveId null for the sites in no wave */
    record RollUpWave(String waveId, String waveName, int sites, RollUpTotals figures) {
    }

    record RollUpSite(String rolloutId, String siteName, String waveId, String waveName, RollUpTotals figures) {
    }
}
