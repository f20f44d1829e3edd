package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * A site rollout's labour cost as planning now computes it: its whole cost by month and role (assignments × the
 * resource's hours on each working day of the task's calendar × the cost rate in force that day). A later event of the
 * rollout (higher {@code ce_sequence}) replaces an earlier one; applying one twice has the effect of once.
 * Key: rollout id.
 *
 * @param months every month and role with assigned hours, by month then role; empty when nothing is assigned
 * @param total  the sum of the months' amounts, in {@code currency}
 */
public record LabourCostChanged(
        String rolloutId,
        String programId,
        String currency,
        List<Month> months,
        String total,
        Instant computedAt) {

    public static final String TYPE = "org.golive.planning.resource.labour-cost-changed.v1";

    /**
     * The hours a role works on the rollout in one month, and what they cost.
     *
     * @param month  "2027-03"
     * @param role   the pool's role (TRAINER, SUPER_USER, ...): a person's own role, or the generic role's
     * @param hours  exact decimal hours
     * @param amount in the currency's decimals
     */
    public record Month(String month, String role, String hours, String amount) {
    }
}
