package org.golive.budget.erp;

import org.golive.budget.erp.ErpTransaction.Kind;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code type} column's words for the two kinds, as ERPs label their documents: invoices and credit memos are
 * actuals, purchase orders and contracts are commitments.
 */
final class TransactionTypes {

    private static final Map<String, Kind> KINDS = Map.of(
            "ACTUAL", Kind.ACTUAL,
            "INVOICE", Kind.ACTUAL,
            "CREDIT_MEMO", Kind.ACTUAL,
            "CREDIT_NOTE", Kind.ACTUAL,
            "COMMITMENT", Kind.COMMITMENT,
            "PO", Kind.COMMITMENT,
            "PURCHASE_ORDER", Kind.COMMITMENT,
            "CONTRACT", Kind.COMMITMENT);
    private static final String ACCEPTED = "ACTUAL, INVOICE, CREDIT MEMO, CREDIT NOTE (actuals) or COMMITMENT, PO, "
            + "PURCHASE ORDER, CONTRACT (commitments)";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private TransactionTypes() {
    }

    static Kind parse(String cell) {
        if (cell.isEmpty()) {
            throw new BadCell("type is required: " + ACCEPTED);
        }
        Kind kind = KINDS.get(SEPARATORS.matcher(cell.toUpperCase(Locale.ROOT)).replaceAll("_"));
        if (kind == null) {
            throw new BadCell("unknown type " + cell + ": expected " + ACCEPTED);
        }
        return kind;
    }
}
