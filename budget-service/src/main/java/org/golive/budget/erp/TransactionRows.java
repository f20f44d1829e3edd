package org.golive.budget.erp;

import org.golive.budget.erp.ErpCsvReader.Options;
import org.golive.budget.erp.ErpTransaction.Kind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.golive.budget.erp.ErpColumn.AMOUNT;
import static org.golive.budget.erp.ErpColumn.CATEGORY;
import static org.golive.budget.erp.ErpColumn.CURRENCY;
import static org.golive.budget.erp.ErpColumn.DATE;
import static org.golive.budget.erp.ErpColumn.DESCRIPTION;
import static org.golive.budget.erp.ErpColumn.LINE_ID;
import static org.golive.budget.erp.ErpColumn.REFERENCE;
import static org.golive.budget.erp.ErpColumn.TRANSACTION_ID;
import static org.golive.budget.erp.ErpColumn.TYPE;
import static org.golive.budget.erp.ErpColumn.VENDOR;

/**
 * Turns the data rows of one file into transactions. Every cell of a row is checked, so one report lists all that is
 * wrong with it; the row is accepted only when nothing is. Holds the file's transaction ids to find duplicates.
 */
final class TransactionRows {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private final ErpHeader header;
    private final Options options;
    private final Currency budgetCurrency;
    private final Map<String, Integer> lineOfId = new HashMap<>();

    TransactionRows(ErpHeader header, Options options) {
        this.header = header;
        this.options = options;
        this.budgetCurrency = Currency.getInstance(options.currency());
    }

    /** The row's transaction, or null when the row is rejected, its problems then added to {@code problems}. */
    ErpTransaction read(CsvRows.Row row, List<RowProblem> problems) {
        if (row.cells().size() != header.width()) {
            problems.add(new RowProblem(row.line(), null, "expected " + header.width() + " cells as in the header, "
                    + "found " + row.cells().size() + ": a comma inside a value needs the value in quotes"));
            return null;
        }
        Check check = new Check(row);
        String transactionId = check.cell(TRANSACTION_ID, cell -> transactionId(cell, row.line()));
        Kind kind = check.cell(TYPE, this::kind);
        LocalDate date = check.cell(DATE, this::date);
        String category = check.cell(CATEGORY, BudgetCategories::parse);
        String currency = check.cell(CURRENCY, this::currency);
        BigDecimal amount = check.cell(AMOUNT, cell -> amount(cell, check.text(CURRENCY), kind));
        String description = check.cell(DESCRIPTION, cell -> required(cell, DESCRIPTION));
        String vendor = check.cell(VENDOR, cell -> vendor(cell, kind));
        String reference = check.cell(REFERENCE, cell -> cell.isEmpty() ? null : cell);
        String lineId = check.cell(LINE_ID, cell -> cell.isEmpty() ? null : cell);
        if (!check.problems.isEmpty()) {
            problems.addAll(check.problems);
            return null;
        }
        return new ErpTransaction(row.line(), transactionId, kind, date, category, description, vendor, amount,
                currency, reference, lineId);
    }

    private String transactionId(String cell, int line) {
        if (cell.isEmpty()) {
            throw new BadCell("transaction_id is required: it is what keeps a re-import from counting the row twice");
        }
        // The first row with an id keeps it, whatever else is wrong with that row: the id is still taken.
        Integer first = lineOfId.putIfAbsent(cell, line);
        if (first != null) {
            throw new BadCell("duplicate transaction_id " + cell + ": already on line " + first);
        }
        return cell;
    }

    private Kind kind(String cell) {
        if (options.kindFromFile()) {
            return TransactionTypes.parse(cell);
        }
        // A type column in a file imported as one kind may only agree with it.
        Kind stated = cell.isEmpty() ? options.kind() : TransactionTypes.parse(cell);
        if (stated != options.kind()) {
            throw new BadCell("type " + cell + " is " + describe(stated) + ": this import takes "
                    + plural(options.kind()));
        }
        return stated;
    }

    private LocalDate date(String cell) {
        LocalDate date = ErpDates.parse(cell, options.slashedDates());
        boolean early = options.earliest() != null && date.isBefore(options.earliest());
        boolean late = options.latest() != null && date.isAfter(options.latest());
        if (early || late) {
            throw new BadCell("date " + date + " is outside the import's range " + range());
        }
        return date;
    }

    private String range() {
        return (options.earliest() == null ? "any date" : options.earliest().toString()) + " to "
                + (options.latest() == null ? "any date" : options.latest().toString());
    }

    private String currency(String cell) {
        if (cell.isEmpty()) {
            throw new BadCell("currency is required: the budget is in " + budgetCurrency.getCurrencyCode());
        }
        Currency currency = knownCurrency(cell);
        if (currency == null) {
            throw new BadCell("unknown currency " + cell + ": expected an ISO 4217 code such as "
                    + budgetCurrency.getCurrencyCode());
        }
        if (!currency.equals(budgetCurrency)) {
            throw new BadCell("currency mismatch: " + currency.getCurrencyCode() + ", the budget is in "
                    + budgetCurrency.getCurrencyCode());
        }
        return currency.getCurrencyCode();
    }

    private BigDecimal amount(String cell, String currencyCell, Kind kind) {
        // Decimals are judged by the row's own currency when it names one, so a mismatch is reported only once.
        Currency rowCurrency = knownCurrency(currencyCell);
        BigDecimal amount = Amounts.parse(cell, rowCurrency == null ? budgetCurrency : rowCurrency);
        if (amount.signum() == 0) {
            throw new BadCell("zero amount: there is nothing to book");
        }
        if (amount.signum() < 0 && kind == Kind.COMMITMENT) {
            throw new BadCell("negative commitment " + amount.toPlainString() + ": a commitment is the open amount of "
                    + "a PO or contract; a reduced or cancelled one is exported with its new amount");
        }
        return amount;
    }

    private static String vendor(String cell, Kind kind) {
        if (cell.isEmpty() && kind == Kind.COMMITMENT) {
            throw new BadCell("vendor is required on a commitment: a PO or contract is always with a supplier");
        }
        // An actual without a supplier is a journal (payroll backfill, an allocation).
        return cell.isEmpty() ? null : cell;
    }

    private static String required(String cell, ErpColumn column) {
        if (cell.isEmpty()) {
            throw new BadCell(column.header() + " is required");
        }
        return cell;
    }

    private static Currency knownCurrency(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (!CURRENCY_CODE.matcher(upper).matches()) {
            return null;
        }
        try {
            return Currency.getInstance(upper);
        } catch (IllegalArgumentException notIso) {
            return null;
        }
    }

    private static String describe(Kind kind) {
        return kind == Kind.ACTUAL ? "an actual" : "a commitment";
    }

    private static String plural(Kind kind) {
        return kind == Kind.ACTUAL ? "actuals" : "commitments";
    }

    /** One row's cells and the problems found in them so far. */
    private final class Check {

        private final CsvRows.Row row;
        private final List<RowProblem> problems = new ArrayList<>();

        Check(CsvRows.Row row) {
            this.row = row;
        }

        String text(ErpColumn column) {
            return header.cell(row.cells(), column);
        }

        /** The parsed cell, or null with a problem recorded for the column. */
        <T> T cell(ErpColumn column, Function<String, T> parse) {
            try {
                return parse.apply(text(column));
            } catch (BadCell bad) {
                problems.add(new RowProblem(row.line(), column.header(), bad.getMessage()));
                return null;
            }
        }
    }
}
