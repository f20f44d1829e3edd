package org.golive.contract.budget;

import java.time.Instant;
import java.util.List;

/**
 * Finance or the PMO set the shares of an approved budget (percent) whose crossing by spend raises
 * {@link ThresholdCrossed}: for a whole program (key: program id) or for one site budget (key: rollout id). A budget
 * with thresholds of its own keeps them whatever its program's become.
 *
 * @param scope             PROGRAM or BUDGET
 * @param budgetId          for BUDGET, else null (so are rolloutId and fiscalYear)
 * @param percents          the thresholds set, ascending; for BUDGET null when the budget goes back to its program's
 * @param previousPercents  what the program or budget had set before; null when it had set none
 * @param effectivePercents what now applies: for PROGRAM the percents, for BUDGET its own or else its program's
 */
public record ThresholdsSet(String scope, String programId, String budgetId, String rolloutId, Integer fiscalYear,
                            List<Integer> percents, List<Integer> previousPercents, List<Integer> effectivePercents,
                            String setBy, Instant setAt) {

    public static final String TYPE = "org.golive.budget.thresholds.set.v1";
}
