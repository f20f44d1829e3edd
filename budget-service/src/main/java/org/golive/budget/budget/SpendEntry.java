package org.golive.budget.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A commitment (purchase order, contract) or an actual (cost transaction) booked against a budget. The ERP's
 * transaction id identifies it: booking it again changes nothing, which is what makes a re-import harmless.
 *
 * @param reference for an actual, the purchase order it invoices (it draws that commitment down); for a commitment,
 *                  its own number
 * @param source    "api", or "import:" and the SHA-256 of the file
 * @param lineId    the budget line it belongs to, when its category has several; null lets the category decide
 */
public record SpendEntry(String transactionId, Kind kind, LocalDate date, Category category, BigDecimal amount,
                         String description, String vendor, String reference, String source, String recordedBy,
                         Instant recordedAt, String lineId) {

    public enum Kind { ACTUAL, COMMITMENT }

    /** Whether {@code other} books the same transaction with the same values (who and when aside). */
    boolean sameAs(SpendEntry other) {
        return transactionId.equals(other.transactionId) && kind == other.kind && date.equals(other.date)
                && category == other.category && amount.compareTo(other.amount) == 0
                && Objects.equals(reference, other.reference) && Objects.equals(lineId, other.lineId);
    }

    /** The number actuals quote to draw this commitment down. */
    String commitmentNumber() {
        return reference != null ? reference : transactionId;
    }
}
