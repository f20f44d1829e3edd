package org.golive.budget.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One accepted line of an ERP export. {@code transactionId} is the ERP's document/line id and the key the budget
 * dedupes on, so that importing the same export twice books nothing twice. {@code amount} carries exactly the
 * currency's minor-unit digits (USD 2, JPY 0). {@code vendor} is null only on an actual without a supplier (a payroll
 * or allocation journal); {@code reference} (PO number etc.) may be null.
 *
 * @param line the 1-based physical line the row starts on (the header is line 1)
 */
public record ErpTransaction(int line, String transactionId, Kind kind, LocalDate date, String category,
                             String description, String vendor, BigDecimal amount, String currency,
                             String reference, String lineId) {

    /** Actuals are money spent (invoices, journals, credit notes); commitments are money promised (POs, contracts). */
    public enum Kind {
        ACTUAL, COMMITMENT
    }

    public ErpTransaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
