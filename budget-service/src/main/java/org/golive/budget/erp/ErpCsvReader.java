package org.golive.budget.erp;

import org.golive.budget.erp.ErpTransaction.Kind;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Reads an ERP's CSV export of actuals or commitments into accepted transactions and a row-level report of what was
 * rejected and why. It imports nothing: the caller takes the accepted rows or nothing. The format and its rules are
 * in the package documentation. Stateless and thread-safe.
 */
public final class ErpCsvReader {

    /** How a file writes slashed dates; a setting of the ERP's export, declared by the user, never guessed per row. */
    public enum SlashedDates {
        /** Only ISO {@code yyyy-MM-dd}: {@code 03/04/2026} could be March or April. */
        REFUSED,
        /** US order, {@code M/d/yyyy}. */
        MONTH_FIRST,
        /** {@code d/M/yyyy}. */
        DAY_FIRST
    }

    /**
     * What the import accepts.
     *
     * @param currency     the budget's ISO 4217 code, upper case; rows in another currency are rejected
     * @param kind         the kind of every row, or null to take each row's kind from the {@code type} column
     * @param earliest     the first date allowed, or null
     * @param latest       the last date allowed (inclusive), or null
     * @param maxRows      the most data rows a file may have; a longer file is refused, not cut short
     * @param slashedDates whether and how {@code 03/04/2026}-style dates are read
     */
    public record Options(String currency, Kind kind, LocalDate earliest, LocalDate latest, int maxRows,
                          SlashedDates slashedDates) {

        public static final int DEFAULT_MAX_ROWS = 50_000;

        public Options {
            Objects.requireNonNull(currency, "currency");
            if (Currency.getInstance(currency).getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException(currency + " is not a currency a budget can be kept in");
            }
            if (earliest != null && latest != null && earliest.isAfter(latest)) {
                throw new IllegalArgumentException("the date range " + earliest + " to " + latest + " is empty");
            }
            if (maxRows < 1) {
                throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
            }
            Objects.requireNonNull(slashedDates, "slashedDates");
        }

        /** Cost transactions (invoices, journals, credit notes) in the budget's currency. */
        public static Options actuals(String currency) {
            return new Options(currency, Kind.ACTUAL, null, null, DEFAULT_MAX_ROWS, SlashedDates.REFUSED);
        }

        /** Purchase orders and contracts in the budget's currency. */
        public static Options commitments(String currency) {
            return new Options(currency, Kind.COMMITMENT, null, null, DEFAULT_MAX_ROWS, SlashedDates.REFUSED);
        }

        /** Both kinds in one file, each row's kind read from its {@code type} cell. */
        public static Options kindFromTypeColumn(String currency) {
            return new Options(currency, null, null, null, DEFAULT_MAX_ROWS, SlashedDates.REFUSED);
        }

        public Options withDatesBetween(LocalDate earliest, LocalDate latest) {
            return new Options(currency, kind, earliest, latest, maxRows, slashedDates);
        }

        public Options withMaxRows(int maxRows) {
            return new Options(currency, kind, earliest, latest, maxRows, slashedDates);
        }

        public Options withSlashedDates(SlashedDates slashedDates) {
            return new Options(currency, kind, earliest, latest, maxRows, slashedDates);
        }

        public boolean kindFromFile() {
            return kind == null;
        }
    }

    public ErpImport read(byte[] csv, Options options) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(options, "options");
        String digest = sha256(csv);
        List<ErpTransaction> accepted = new ArrayList<>();
        List<RowProblem> rejected = new ArrayList<>();
        int rowsRead = 0;
        try {
            CsvRows rows = new CsvRows(Utf8Text.decode(csv));
            CsvRows.Row headerRow = rows.next();
            if (headerRow == null || headerRow.isBlank()) {
                throw new FileRefused(1, "no header on line 1: expected a row naming the columns "
                        + "transaction_id, date, category, amount, currency, description, vendor");
            }
            TransactionRows transactions = new TransactionRows(
                    ErpHeader.read(headerRow.cells(), options.kindFromFile()), options);
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                // Spreadsheets leave empty lines and rows of bare commas behind; they say nothing.
                if (row.isBlank()) {
                    continue;
                }
                rowsRead++;
                if (rowsRead > options.maxRows()) {
                    throw new FileRefused(row.line(), "the file has more than " + options.maxRows()
                            + " rows: export it in parts (by period or cost center) of at most " + options.maxRows());
                }
                ErpTransaction transaction = transactions.read(row, rejected);
                if (transaction != null) {
                    accepted.add(transaction);
                }
            }
        } catch (FileRefused refused) {
            return new ErpImport(List.of(), refused.problems(), rowsRead, digest);
        }
        return new ErpImport(accepted, rejected, rowsRead, digest);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
