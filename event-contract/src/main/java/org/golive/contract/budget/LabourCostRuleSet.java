package org.golive.contract.budget;

import java.time.Instant;

/**
 * Finance switched on or off, for a whole program, the rule that takes planning's labour cost into its site budgets'
 * labour lines (lines tagged as planning's; manual lines are never touched). Key: program id.
 *
 * @param enabled  whether planning's labour cost now flows into the program's draft budgets
 * @param previous what the rule was before (false when never set)
 */
public record LabourCostRuleSet(String programId, boolean enabled, boolean previous, String setBy, Instant setAt) {

    public static final String TYPE = "org.golive.budget.labour-cost-rule.set.v1";
}
