package org.golive.contract.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A site's go-live moved, so its budget's unspent monthly phasing moved with it. Key: rollout id.
 *
 * @param monthsShifted how many months the planned amounts from the current month on moved (negative: earlier)
 * @param clamped       true when some months would have left the fiscal year and were kept at its first or last
 *                      month instead (another fiscal year's budget is not changed)
 * @param lines         the lines after the shift
 */
public record PhasingShifted(String budgetId, String rolloutId, int fiscalYear, LocalDate previousGoLiveDate,
                             LocalDate goLiveDate, int monthsShifted, boolean clamped, List<BudgetLineTotal> lines,
                             Instant shiftedAt) {

    public static final String TYPE = "org.golive.budget.phasing.shifted.v1";
}
