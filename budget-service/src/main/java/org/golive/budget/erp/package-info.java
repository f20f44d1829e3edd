/**
 * Reading an ERP's CSV export of actuals (cost transactions) or commitments (purchase orders, contracts) for a site
 * budget, with a row-level report of what was rejected and why. Pure Java: no Spring, MongoDB, Kafka or Jackson; the
 * CSV grammar is commons-csv's RFC 4180.
 *
 * <h2>The file</h2>
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; other encodings are refused (with the line of the first bad
 *       byte). Lines end in CRLF, LF or CR. Cells with commas, quotes or line breaks are quoted, quotes doubled.</li>
 *   <li>Line 1 is the header. Names are matched case-insensitively, spaces and hyphens standing for underscores
 *       ("Transaction ID"), in any order; other columns are ignored. Required: {@code transaction_id, date,
 *       category, amount, currency, description, vendor}. Optional: {@code reference}, {@code line_id} (the budget line,
 * for a category planned on several lines), and {@code type}, which is
 *       required when the import takes each row's kind from the file.</li>
 *   <li>Line numbers are physical lines, 1-based, the header being line 1; a row with a quoted line break is named
 *       by the line it starts on. Empty lines and rows of empty cells are skipped and not counted.</li>
 * </ul>
 *
 * <h2>Refusing the file</h2>
 * Nothing is accepted, and the problems say why, when: the bytes are not UTF-8; line 1 is empty; a required column is
 * missing or a known column appears twice (line 1, one problem per column); a quoted cell is never closed or text
 * follows a closing quote (after that the row boundaries are unknowable); there are more data rows than the
 * import's maximum (50,000 by default): the file is refused rather than cut short.
 *
 * <h2>Rows</h2>
 * Every cell of a row is checked and each failure reported with its line and column; the row is accepted only when
 * none fails, and good rows are accepted whatever is wrong with others. Cells are trimmed. Cells are data, never
 * evaluated; the single quote a spreadsheet export puts before formula-like text ({@code '=..., '-125.00}) is
 * removed, any other leading quote is kept.
 * <ul>
 *   <li>{@code transaction_id}: required; the ERP document/line id and the dedupe key, so that re-importing a file
 *       counts nothing twice (with {@link org.golive.budget.erp.ErpImport#fileDigest()} recognising the same file).
 *       Unique within the file: a later row repeating an id is rejected, naming the line that has it.</li>
 *   <li>{@code date}: ISO {@code yyyy-MM-dd}. Slashed dates ({@code 03/04/2026}) are ambiguous and read only when
 *       the import declares the file's order (month or day first); two-digit years, month names and times of day are
 *       refused. Outside the import's date range, if it has one: rejected.</li>
 *   <li>{@code category}: one of SOFTWARE, HARDWARE_DEVICES, IMPLEMENTATION_SERVICES, INTERNAL_STAFF_BACKFILL,
 *       TRAINING, GO_LIVE_SUPPORT, INTERFACES, DATA_CONVERSION, CONTINGENCY, case-insensitive, spaces or hyphens for
 *       the underscores ("Go-live support").</li>
 *   <li>{@code amount}: exact decimal, {@code 1234.56} or, quoted, {@code "1,234.56"}; at most the currency's
 *       decimals (USD 2, JPY 0; extra trailing zeros are fine); no symbols, parentheses, decimal commas, exponents
 *       or NaN. Never zero. An actual may be negative (a credit note or reversal); a commitment may not (a reduced
 *       PO is exported with its new amount).</li>
 *   <li>{@code currency}: an ISO 4217 code, case-insensitive, equal to the budget's.</li>
 *   <li>{@code description}: required. {@code vendor}: required on a commitment, may be empty on an actual (a
 *       payroll or allocation journal). {@code reference} (PO number etc.): optional.</li>
 *   <li>{@code type}: ACTUAL, INVOICE, CREDIT MEMO, CREDIT NOTE are actuals; COMMITMENT, PO, PURCHASE ORDER,
 *       CONTRACT are commitments. When the import is of one kind, a type cell may be empty or must agree.</li>
 *   <li>A row with more or fewer cells than the header is rejected as a whole (its cells cannot be told apart).</li>
 * </ul>
 */
package org.golive.budget.erp;
