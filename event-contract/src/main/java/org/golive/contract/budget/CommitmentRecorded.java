package org.golive.contract.budget;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A purchase order or contract was committed against a site budget. Key: rollout id.
 *
 * @param reference the purchase order or contract number that invoices (actuals) refer to
 */
public record CommitmentRecorded(String budgetId, String rolloutId, String transactionId, LocalDate date,
                                 String category, String amount, String currency, String description, String vendor,
                                 String reference, String source, String recordedBy, Instant recordedAt) {

    public static final String TYPE = "org.golive.budget.commitment.recorded.v1";
}
