package org.golive.contract.budget;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A cost transaction was booked against a site budget, by hand or from an ERP file. Key: rollout id.
 *
 * @param amount    exact decimal string in the currency; negative for a credit note or reversal
 * @param reference the purchase order it invoices, when known: it draws that commitment down
 * @param source    "api", or "import:" and the SHA-256 of the file it came from
 */
public record ActualRecorded(String budgetId, String rolloutId, String transactionId, LocalDate date,
                             String category, String amount, String currency, String description, String vendor,
                             String reference, String source, String recordedBy, Instant recordedAt) {

    public static final String TYPE = "org.golive.budget.actual.recorded.v1";
}
