package org.golive.budget.erp;

import org.golive.budget.erp.ErpCsvReader.Options;
import org.golive.budget.erp.ErpCsvReader.SlashedDates;
import org.golive.budget.erp.ErpTransaction.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ErpCsvReaderTest {

    private static final String HEADER = "transaction_id,date,category,amount,currency,description,vendor,reference";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    private final ErpCsvReader reader = new ErpCsvReader();

    @Test
    void aCleanFileIsAcceptedWhole() {
        ErpImport result = read(Options.actuals("USD"),
                HEADER,
                "INV-1001-1,2026-08-03,Software,1200.00,USD,Epic license,Epic Systems Corporation,PO-77120",
                "INV-1002-1,2026-08-04,Training,350,USD,Classroom rental,Riverside Conference Center,",
                "INV-1003-1,2026-08-05,Go-live support,\"12,500.50\",USD,Command center staffing,Tegria,PO-77151");

        assertThat(result.rejected()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.accepted()).containsExactly(
                new ErpTransaction(2, "INV-1001-1", Kind.ACTUAL, LocalDate.of(2026, 8, 3), "SOFTWARE", "Epic license",
                        "Epic Systems Corporation", new BigDecimal("1200.00"), "USD", "PO-77120", null),
                new ErpTransaction(3, "INV-1002-1", Kind.ACTUAL, LocalDate.of(2026, 8, 4), "TRAINING",
                        "Classroom rental", "Riverside Conference Center", new BigDecimal("350.00"), "USD", null, null),
                new ErpTransaction(4, "INV-1003-1", Kind.ACTUAL, LocalDate.of(2026, 8, 5), "GO_LIVE_SUPPORT",
                        "Command center staffing", "Tegria", new BigDecimal("12500.50"), "USD", "PO-77151", null));
    }

    @Nested
    class TheHeader {

        @Test
        void aMissingRequiredColumnRefusesTheFileNamingEachColumnOnLine1() {
            ErpImport result = read(Options.actuals("USD"),
                    "transaction_id,date,category,description,vendor",
                    "INV-1,2026-08-03,Software,Epic license,Epic Systems");

            assertThat(result.accepted()).isEmpty();
            assertThat(result.rowsRead()).isZero();
            assertThat(result.rejected()).containsExactly(
                    new RowProblem(1, "amount", "missing column amount"),
                    new RowProblem(1, "currency", "missing column currency"));
        }

        @Test
        void namesMatchWhateverTheCaseSpacingAndOrderAndOtherColumnsAreIgnored() {
            ErpImport result = read(Options.actuals("USD"),
                    "Cost Center,AMOUNT,Vendor,Transaction ID,Description,Currency,Date,Budget-Category,Category",
                    "CC-4410,99.95,CDW,INV-1,Cables,USD,2026-08-03,ignored,Hardware devices");

            assertThat(result.rejected()).isEmpty();
            assertThat(result.accepted()).singleElement().satisfies(t -> {
                assertThat(t.transactionId()).isEqualTo("INV-1");
                assertThat(t.amount()).isEqualByComparingTo("99.95");
                assertThat(t.category()).isEqualTo("HARDWARE_DEVICES");
                assertThat(t.reference()).isNull();
            });
        }

        @Test
        void aKnownColumnTwiceRefusesTheFile() {
            ErpImport result = read(Options.actuals("USD"),
                    HEADER + ",Amount",
                    row() + ",1200.00");

            assertThat(result.accepted()).isEmpty();
            assertThat(result.rejected()).containsExactly(new RowProblem(1, "amount",
                    "column amount appears twice (cells 4 and 9): the reader cannot tell which one to use"));
        }

        @Test
        void theTypeColumnIsRequiredWhenEachRowSaysItsKind() {
            ErpImport result = read(Options.kindFromTypeColumn("USD"), HEADER, row());

            assertThat(result.accepted()).isEmpty();
            assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column)
                    .containsExactly(tuple(1, "type"));
        }

        @Test
        void anEmptyFileOrABlankFirstLineIsRefused() {
            for (byte[] bytes : List.of(new byte[0], bom(""), utf8("\r\n"), utf8("\n" + HEADER + "\n" + row()))) {
                ErpImport result = reader.read(bytes, Options.actuals("USD"));
                assertThat(result.accepted()).isEmpty();
                assertThat(result.rejected()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.message()).startsWith("no header on line 1");
                });
            }
        }
    }

    @Nested
    class BadRows {

        @Test
        void aRowWithMoreOrFewerCellsThanTheHeaderIsRejectedWhole() {
            ErpImport result = read(Options.actuals("USD"),
                    HEADER,
                    row("transaction_id", "INV-1"),
                    "INV-2,2026-08-03,Software,1,234.56,USD,Unquoted thousands separator,Epic,PO-1",
                    "INV-3,2026-08-03,Software,1234.56,USD,Reference cell missing,Epic",
                    row("transaction_id", "INV-4"));

            assertThat(result.accepted()).extracting(ErpTransaction::line).containsExactly(2, 5);
            assertThat(result.rejected()).containsExactly(
                    new RowProblem(3, null,
                            "expected 8 cells as in the header, found 9: a comma inside a value needs the value in quotes"),
                    new RowProblem(4, null,
                            "expected 8 cells as in the header, found 7: a comma inside a value needs the value in quotes"));
        }

        @Test
        void aBlankTransactionIdIsRejected() {
            assertOnlyTheMiddleRowRejected(row("transaction_id", "  "), "transaction_id",
                    "transaction_id is required: it is what keeps a re-import from counting the row twice");
        }

        @Test
        void aRepeatedTransactionIdIsRejectedNamingTheLineThatHasIt() {
            ErpImport result = read(Options.actuals("USD"),
                    HEADER,
                    row("transaction_id", "INV-1"),
                    row("transaction_id", "INV-2"),
                    row("transaction_id", "INV-1"));

            assertThat(result.accepted()).extracting(ErpTransaction::transactionId).containsExactly("INV-1", "INV-2");
            assertThat(result.rejected()).containsExactly(
                    new RowProblem(4, "transaction_id", "duplicate transaction_id INV-1: already on line 2"));
        }

        @ParameterizedTest(name = "{0} \"{1}\" is rejected: {2}")
        @MethodSource("org.golive.budget.erp.ErpCsvReaderTest#badCells")
        void aBadCellIsReportedWithItsLineAndColumnWhileTheGoodRowsAreAccepted(String column, String cell,
                                                                                String message) {
            assertOnlyTheMiddleRowRejected(row(column, cell), column, message);
        }

        @Test
        void everyBadCellOfARowIsReportedAtOnce() {
            ErpImport result = read(Options.actuals("USD"),
                    HEADER,
                    "INV-1,31/12/2026,Travel,12.345,EUR,,Epic,PO-1");

            assertThat(result.accepted()).isEmpty();
            assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                    tuple(2, "date"), tuple(2, "category"), tuple(2, "currency"), tuple(2, "amount"),
                    tuple(2, "description"));
        }

        @Test
        void anUnknownCategoryListsTheAllowedOnes() {
            assertOnlyTheMiddleRowRejected(row("category", "Travel"), "category",
                    "unknown category Travel: expected one of SOFTWARE, HARDWARE_DEVICES, IMPLEMENTATION_SERVICES, "
                            + "INTERNAL_STAFF_BACKFILL, TRAINING, GO_LIVE_SUPPORT, INTERFACES, DATA_CONVERSION, "
                            + "CONTINGENCY");
        }

        @Test
        void aCurrencyOtherThanTheBudgetsIsAMismatch() {
            assertOnlyTheMiddleRowRejected(row("currency", "EUR"), "currency",
                    "currency mismatch: EUR, the budget is in USD");
        }

        @Test
        void aCommitmentCannotBeNegativeNorWithoutAVendor() {
            ErpImport result = read(Options.commitments("USD"),
                    HEADER,
                    row("transaction_id", "PO-1"),
                    row("amount", "-500.00").replace("INV-1", "PO-2"),
                    row("vendor", "").replace("INV-1", "PO-3"));

            assertThat(result.accepted()).extracting(ErpTransaction::transactionId).containsExactly("PO-1");
            assertThat(result.rejected()).containsExactly(
                    new RowProblem(3, "amount", "negative commitment -500.00: a commitment is the open amount of a PO "
                            + "or contract; a reduced or cancelled one is exported with its new amount"),
                    new RowProblem(4, "vendor",
                            "vendor is required on a commitment: a PO or contract is always with a supplier"));
        }

        @Test
        void aDateOutsideTheImportsRangeIsRejectedTheBoundsIncluded() {
            Options fy2027 = Options.actuals("USD").withDatesBetween(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
            ErpImport result = read(fy2027,
                    HEADER,
                    row("date", "2026-06-30").replace("INV-1", "INV-A"),
                    row("date", "2026-07-01").replace("INV-1", "INV-B"),
                    row("date", "2027-06-30").replace("INV-1", "INV-C"),
                    row("date", "2027-07-01").replace("INV-1", "INV-D"));

            assertThat(result.accepted()).extracting(ErpTransaction::transactionId).containsExactly("INV-B", "INV-C");
            assertThat(result.rejected()).containsExactly(
                    new RowProblem(2, "date", "date 2026-06-30 is outside the import's range 2026-07-01 to 2027-06-30"),
                    new RowProblem(5, "date", "date 2027-07-01 is outside the import's range 2026-07-01 to 2027-06-30"));
        }
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of("date", "", "date is required"),
                Arguments.of("date", "10/04/2026", "ambiguous date 10/04/2026: write yyyy-MM-dd, or declare whether "
                        + "the file's slashed dates put the month or the day first"),
                Arguments.of("date", "2026-02-30", "no such date 2026-02-30"),
                Arguments.of("date", "2026-8-3", "unreadable date 2026-8-3: write yyyy-MM-dd"),
                Arguments.of("date", "03-AUG-26", "unreadable date 03-AUG-26: write yyyy-MM-dd"),
                Arguments.of("date", "2026-08-03T00:00:00", "unreadable date 2026-08-03T00:00:00: write yyyy-MM-dd"),
                Arguments.of("category", "", "category is required: one of " + String.join(", ", BudgetCategories.ALL)),
                Arguments.of("amount", "", "amount is required"),
                Arguments.of("amount", "12.3.4", "malformed amount 12.3.4: write digits with a decimal point and an "
                        + "optional leading minus, e.g. -1234.56"),
                Arguments.of("amount", "abc", "malformed amount abc: write digits with a decimal point and an "
                        + "optional leading minus, e.g. -1234.56"),
                Arguments.of("amount", "NaN", "malformed amount NaN: write digits with a decimal point and an "
                        + "optional leading minus, e.g. -1234.56"),
                Arguments.of("amount", "Infinity", "malformed amount Infinity: write digits with a decimal point and "
                        + "an optional leading minus, e.g. -1234.56"),
                Arguments.of("amount", "\"1,23.45\"", "malformed amount 1,23.45: write digits with a decimal point "
                        + "and an optional leading minus, e.g. -1234.56"),
                Arguments.of("amount", "\"1.234,56\"", "malformed amount 1.234,56: write digits with a decimal point "
                        + "and an optional leading minus, e.g. -1234.56"),
                Arguments.of("amount", "+100.00", "malformed amount +100.00: write digits with a decimal point and "
                        + "an optional leading minus, e.g. -1234.56"),
                Arguments.of("amount", "1E5", "amount 1E5 is in exponent notation: export the amount as plain digits"),
                Arguments.of("amount", "1.5e-3", "amount 1.5e-3 is in exponent notation: export the amount as plain "
                        + "digits"),
                Arguments.of("amount", "12.345", "amount 12.345 has more decimals than USD allows (2)"),
                Arguments.of("amount", "$100.00", "amount $100.00 has a currency symbol: the currency column says the "
                        + "currency, write digits with a decimal point and an optional leading minus, e.g. -1234.56"),
                Arguments.of("amount", "(100.00)", "amount (100.00) uses accounting parentheses: write a credit with a "
                        + "leading minus, e.g. -100.00"),
                Arguments.of("amount", "0", "zero amount: there is nothing to book"),
                Arguments.of("amount", "-0.00", "zero amount: there is nothing to book"),
                Arguments.of("amount", "12345678901234.00", "amount 12345678901234.00 is implausibly large (more than 13 "
                        + "digits before the decimal point)"),
                Arguments.of("currency", "", "currency is required: the budget is in USD"),
                Arguments.of("currency", "XYZ", "unknown currency XYZ: expected an ISO 4217 code such as USD"),
                Arguments.of("currency", "US Dollar", "unknown currency US Dollar: expected an ISO 4217 code such as "
                        + "USD"),
                Arguments.of("description", "", "description is required"));
    }

    @Nested
    class GoodCells {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @MethodSource("org.golive.budget.erp.ErpCsvReaderTest#amounts")
        void amountsAreExactAndScaledToTheCurrency(String cell, String amount) {
            ErpImport result = read(Options.actuals("USD"), HEADER, row("amount", cell));

            assertThat(result.rejected()).isEmpty();
            assertThat(result.accepted().get(0).amount()).isEqualTo(new BigDecimal(amount));
        }

        @Test
        void aCurrencyWithoutMinorUnitsTakesNoDecimals() {
            ErpImport result = read(Options.actuals("JPY"),
                    HEADER,
                    row("amount", "150000").replace("USD", "JPY"),
                    row("amount", "1500.5").replace("USD", "JPY").replace("INV-1", "INV-2"));

            assertThat(result.accepted()).singleElement()
                    .satisfies(t -> assertThat(t.amount()).isEqualTo(new BigDecimal("150000")));
            assertThat(result.rejected()).containsExactly(
                    new RowProblem(3, "amount", "amount 1500.5 has more decimals than JPY allows (0)"));
        }

        @Test
        void anActualMayBeNegativeForACreditNoteOrAReversal() {
            ErpImport result = read(Options.actuals("USD"), HEADER, row("amount", "-412.50"));

            assertThat(result.rejected()).isEmpty();
            assertThat(result.accepted().get(0).amount()).isEqualTo(new BigDecimal("-412.50"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Go-live support", "go live support", "GO_LIVE_SUPPORT", "  Go - Live   Support "})
        void categoriesAreNamedCaseInsensitivelyWithSpacesOrHyphens(String cell) {
            ErpImport result = read(Options.actuals("USD"), HEADER, row("category", cell));

            assertThat(result.rejected()).isEmpty();
            assertThat(result.accepted().get(0).category()).isEqualTo("GO_LIVE_SUPPORT");
        }

        @Test
        void aLowerCaseCurrencyCodeIsTheCode() {
            ErpImport result = read(Options.actuals("USD"), HEADER, row("currency", "usd"));

            assertThat(result.accepted().get(0).currency()).isEqualTo("USD");
        }

        @Test
        void slashedDatesAreReadInTheOrderTheImportDeclares() {
            ErpImport monthFirst = read(Options.actuals("USD").withSlashedDates(SlashedDates.MONTH_FIRST),
                    HEADER, row("date", "10/4/2026"));
            ErpImport dayFirst = read(Options.actuals("USD").withSlashedDates(SlashedDates.DAY_FIRST),
                    HEADER, row("date", "10/4/2026"));
            ErpImport twoDigitYear = read(Options.actuals("USD").withSlashedDates(SlashedDates.MONTH_FIRST),
                    HEADER, row("date", "10/4/26"));

            assertThat(monthFirst.accepted().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 4));
            assertThat(dayFirst.accepted().get(0).date()).isEqualTo(LocalDate.of(2026, 4, 10));
            assertThat(twoDigitYear.rejected()).containsExactly(
                    new RowProblem(2, "date", "unreadable date 10/4/26: write yyyy-MM-dd"));
        }

        @Test
        void anActualMayHaveNoVendorAsAPayrollJournalHasNone() {
            ErpImport result = read(Options.actuals("USD"), HEADER, row("vendor", ""));

            assertThat(result.rejected()).isEmpty();
            assertThat(result.accepted().get(0).vendor()).isNull();
        }

        @Test
        void formulaLikeCellsAreJustDataAndTheExportsGuardQuoteIsRemoved() {
            ErpImport result = read(Options.actuals("USD"),
                    HEADER,
                    "INV-1,2026-08-03,Software,'-125.00,USD,'=HYPERLINK(\"x\"),@vendor,'Twas PO",
                    "INV-2,2026-08-03,Software,125.00,USD,=SUM(A1:A9),'+Vendor,");

            assertThat(result.rejected()).isEmpty();
            assertThat(result.accepted()).extracting(ErpTransaction::amount, ErpTransaction::description,
                    ErpTransaction::vendor, ErpTransaction::reference).containsExactly(
                    tuple(new BigDecimal("-125.00"), "=HYPERLINK(\"x\")", "@vendor", "'Twas PO"),
                    tuple(new BigDecimal("125.00"), "=SUM(A1:A9)", "+Vendor", null));
        }
    }

    static Stream<Arguments> amounts() {
        return Stream.of(
                Arguments.of("1234.56", "1234.56"),
                Arguments.of("-1234.56", "-1234.56"),
                Arguments.of("\"1,234.56\"", "1234.56"),
                Arguments.of("\"-1,234,567.80\"", "-1234567.80"),
                Arguments.of("7", "7.00"),
                Arguments.of("12.3", "12.30"),
                Arguments.of("12.3400", "12.34"),
                Arguments.of("0.01", "0.01"),
                Arguments.of(" 99.95 ", "99.95"));
    }

    @Nested
    class Kinds {

        private static final String TYPED = HEADER + ",type";

        @Test
        void theTypeColumnGivesEachRowItsKind() {
            ErpImport result = read(Options.kindFromTypeColumn("USD"),
                    TYPED,
                    row("transaction_id", "T-1") + ",Invoice",
                    row("transaction_id", "T-2") + ",credit-memo",
                    row("transaction_id", "T-3") + ",PO",
                    row("transaction_id", "T-4") + ",Purchase Order",
                    row("transaction_id", "T-5") + ",CONTRACT",
                    row("transaction_id", "T-6") + ",actual",
                    row("transaction_id", "T-7") + ",Refund",
                    row("transaction_id", "T-8") + ",");

            assertThat(result.accepted()).extracting(ErpTransaction::kind).containsExactly(Kind.ACTUAL, Kind.ACTUAL,
                    Kind.COMMITMENT, Kind.COMMITMENT, Kind.COMMITMENT, Kind.ACTUAL);
            assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column)
                    .containsExactly(tuple(8, "type"), tuple(9, "type"));
            assertThat(result.rejected().get(0).message()).startsWith("unknown type Refund: expected ACTUAL, INVOICE");
            assertThat(result.rejected().get(1).message()).startsWith("type is required: ACTUAL, INVOICE");
        }

        @Test
        void aTypeColumnInAOneKindImportMayBeEmptyOrAgreeButNotContradict() {
            ErpImport result = read(Options.actuals("USD"),
                    TYPED,
                    row("transaction_id", "T-1") + ",",
                    row("transaction_id", "T-2") + ",INVOICE",
                    row("transaction_id", "T-3") + ",PO");

            assertThat(result.accepted()).extracting(ErpTransaction::transactionId).containsExactly("T-1", "T-2");
            assertThat(result.rejected()).containsExactly(
                    new RowProblem(4, "type", "type PO is a commitment: this import takes actuals"));
        }

        @Test
        void aNegativeRowFromTheTypeColumnIsJudgedByItsOwnKind() {
            ErpImport result = read(Options.kindFromTypeColumn("USD"),
                    TYPED,
                    row("amount", "-10.00").replace("INV-1", "T-1") + ",Credit Note",
                    row("amount", "-10.00").replace("INV-1", "T-2") + ",PO");

            assertThat(result.accepted()).extracting(ErpTransaction::transactionId).containsExactly("T-1");
            assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column)
                    .containsExactly(tuple(3, "amount"));
        }
    }

    @Nested
    class TextAndQuoting {

        @Test
        void aByteOrderMarkAndCrlfLineEndsAreRead() {
            String text = HEADER + "\r\n" + row("transaction_id", "INV-1") + "\r\n"
                    + row("amount", "x").replace("INV-1", "INV-2") + "\r\n"
                    + row("transaction_id", "INV-3") + "\r\n";

            ErpImport result = reader.read(bom(text), Options.actuals("USD"));

            assertThat(result.accepted()).extracting(ErpTransaction::line, ErpTransaction::transactionId,
                    ErpTransaction::reference).containsExactly(tuple(2, "INV-1", "PO-1"), tuple(4, "INV-3", "PO-1"));
            assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column)
                    .containsExactly(tuple(3, "amount"));
        }

        @Test
        void aQuotedLineBreakKeepsTheLineNumbersOfTheRowsAfterIt() {
            ErpImport result = read(Options.actuals("USD"),
                    HEADER,
                    "INV-1,2026-08-03,Software,10.00,USD,\"Epic license,\nsecond \"\"installment\"\"\",Epic,PO-1",
                    row("amount", "x").replace("INV-1", "INV-2"),
                    "INV-3,2026-08-03,Software,10.00,USD,\"three\r\nline\r\nnote\",Epic,PO-1",
                    row("transaction_id", "INV-4"));

            assertThat(result.accepted()).extracting(ErpTransaction::line, ErpTransaction::description)
                    .containsExactly(tuple(2, "Epic license,\nsecond \"installment\""),
                            tuple(5, "three\r\nline\r\nnote"), tuple(8, "Epic license"));
            assertThat(result.rejected()).extracting(RowProblem::line).containsExactly(4);
        }

        @Test
        void emptyLinesAndRowsOfEmptyCellsAreSkippedAndNotCounted() {
            ErpImport result = read(Options.actuals("USD"),
                    HEADER,
                    row("transaction_id", "INV-1"),
                    "",
                    ",,,,,,,",
                    row("amount", "x").replace("INV-1", "INV-2"),
                    "");

            assertThat(result.rowsRead()).isEqualTo(2);
            assertThat(result.accepted()).extracting(ErpTransaction::line).containsExactly(2);
            assertThat(result.rejected()).extracting(RowProblem::line).containsExactly(5);
        }

        @Test
        void aFileThatIsNotUtf8IsRefusedNamingTheLine() {
            byte[] ascii = utf8(HEADER + "\n" + row("transaction_id", "INV-1") + "\n");
            byte[] latin1 = (row("vendor", "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale") + "\n").getBytes(
                    StandardCharsets.ISO_8859_1);
            byte[] bytes = new byte[ascii.length + latin1.length];
            System.arraycopy(ascii, 0, bytes, 0, ascii.length);
            System.arraycopy(latin1, 0, bytes, ascii.length, latin1.length);

            ErpImport result = reader.read(bytes, Options.actuals("USD"));

            assertThat(result.accepted()).isEmpty();
            assertThat(result.rejected()).containsExactly(
                    new RowProblem(3, null, "the file is not UTF-8 text: save the export as CSV UTF-8"));
        }

        @Test
        void aQuoteNeverClosedRefusesTheFileAtItsRow() {
            ErpImport result = read(Options.actuals("USD"),
                    HEADER,
                    row("transaction_id", "INV-1"),
                    "INV-2,2026-08-03,Software,10.00,USD,\"Epic license,Epic,PO-1",
                    row("transaction_id", "INV-3"));

            assertThat(result.accepted()).isEmpty();
            assertThat(result.rejected()).containsExactly(new RowProblem(3, null,
                    "a quoted cell in the row starting on line 3 is never closed: the rest of the file cannot be read"));
        }

        @Test
        void textAfterAClosingQuoteRefusesTheFileAtItsRow() {
            ErpImport result = read(Options.actuals("USD"),
                    HEADER,
                    row("transaction_id", "INV-1"),
                    "INV-2,2026-08-03,Software,10.00,USD,\"Epic \"license\"\",Epic,PO-1");

            assertThat(result.accepted()).isEmpty();
            assertThat(result.rejected()).containsExactly(new RowProblem(3, null, "text follows a closing quote in "
                    + "the row starting on line 3: a quote inside a quoted cell must be doubled (\"\")"));
        }
    }

    @Nested
    class Size {

        @Test
        void aFileOfFiftyThousandRowsParses() {
            List<String> lines = new ArrayList<>();
            lines.add(HEADER);
            for (int i = 1; i <= 50_000; i++) {
                lines.add("INV-" + i + ",2026-08-03,Software," + i + ".25,USD,\"Line " + i + ", monthly\",Epic,PO-1");
            }

            ErpImport result = read(Options.actuals("USD"), lines.toArray(String[]::new));

            assertThat(result.rejected()).isEmpty();
            assertThat(result.rowsRead()).isEqualTo(50_000);
            assertThat(result.accepted()).hasSize(50_000);
            assertThat(result.accepted().get(49_999)).satisfies(t -> {
                assertThat(t.line()).isEqualTo(50_001);
                assertThat(t.amount()).isEqualTo(new BigDecimal("50000.25"));
            });
        }

        @Test
        void beyondTheMaximumTheFileIsRefusedNotCutShort() {
            ErpImport result = read(Options.actuals("USD").withMaxRows(3),
                    HEADER,
                    row("transaction_id", "INV-1"),
                    row("transaction_id", "INV-2"),
                    row("amount", "x").replace("INV-1", "INV-3"),
                    row("transaction_id", "INV-4"),
                    row("transaction_id", "INV-5"));

            assertThat(result.accepted()).isEmpty();
            assertThat(result.rowsRead()).isEqualTo(4);
            assertThat(result.rejected()).containsExactly(new RowProblem(5, null,
                    "the file has more than 3 rows: export it in parts (by period or cost center) of at most 3"));
        }
    }

    @Nested
    class Digest {

        @Test
        void theDigestIsTheSha256OfTheBytesAndStableForTheSameBytes() throws NoSuchAlgorithmException {
            byte[] bytes = utf8(HEADER + "\n" + row() + "\n");

            ErpImport first = reader.read(bytes, Options.actuals("USD"));
            ErpImport again = reader.read(bytes.clone(), Options.commitments("USD"));

            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(first.fileDigest()).isEqualTo(expected).hasSize(64);
            assertThat(again.fileDigest()).isEqualTo(expected);
        }

        @Test
        void otherBytesHaveAnotherDigestEvenWhenTheyReadTheSame() {
            String text = HEADER + "\n" + row() + "\n";

            ErpImport lf = reader.read(utf8(text), Options.actuals("USD"));
            ErpImport crlf = reader.read(utf8(text.replace("\n", "\r\n")), Options.actuals("USD"));

            assertThat(crlf.accepted()).isEqualTo(lf.accepted());
            assertThat(crlf.fileDigest()).isNotEqualTo(lf.fileDigest());
        }

        @Test
        void aRefusedFileStillHasItsDigest() {
            assertThat(reader.read(new byte[0], Options.actuals("USD")).fileDigest())
                    .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        }
    }

    @Nested
    class SampleExports {

        @Test
        void aWorkdayActualsExportWithABomCrlfExtraColumnsAndFiveBadRows() {
            ErpImport result = reader.read(sample("workday-actuals-fy2027.csv"), Options.actuals("USD")
                    .withDatesBetween(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)));

            assertThat(result.rowsRead()).isEqualTo(12);
            assertThat(result.accepted()).extracting(ErpTransaction::line, ErpTransaction::transactionId,
                    ErpTransaction::category, ErpTransaction::amount, ErpTransaction::vendor).containsExactly(
                    tuple(2, "SI-000184-1", "SOFTWARE", new BigDecimal("48500.00"), "Epic Systems Corporation"),
                    tuple(3, "SI-000191-1", "IMPLEMENTATION_SERVICES", new BigDecimal("126000.00"),
                            "Nordic Consulting Partners"),
                    tuple(4, "JE-2026-0815-3", "INTERNAL_STAFF_BACKFILL", new BigDecimal("22340.18"), null),
                    tuple(5, "SI-000203-1", "HARDWARE_DEVICES", new BigDecimal("3912.40"), "CDW Healthcare"),
                    tuple(6, "CM-000012-1", "HARDWARE_DEVICES", new BigDecimal("-412.50"), "CDW Healthcare"),
                    tuple(7, "SI-000210-1", "TRAINING", new BigDecimal("8750.00"), "Riverside Conference Center"),
                    tuple(13, "SI-000225-1", "CONTINGENCY", new BigDecimal("2500.00"), "Nordic Consulting Partners"));
            assertThat(result.accepted().get(3).description())
                    .isEqualTo("Zebra ZD421 label printers (12) for \"pharmacy\" and scanners");
            assertThat(result.accepted().get(6).description())
                    .isEqualTo("=Contingency draw approved by steering committee");
            assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column, RowProblem::message)
                    .containsExactly(
                            tuple(8, "category", "unknown category Travel: expected one of "
                                    + String.join(", ", BudgetCategories.ALL)),
                            tuple(9, "date", "ambiguous date 10/04/2026: write yyyy-MM-dd, or declare whether the "
                                    + "file's slashed dates put the month or the day first"),
                            tuple(10, "transaction_id", "duplicate transaction_id SI-000191-1: already on line 3"),
                            tuple(11, "amount", "amount 9,875.333 has more decimals than USD allows (2)"),
                            tuple(12, "currency", "currency mismatch: EUR, the budget is in USD"));
        }

        @Test
        void anOraclePurchaseOrderExportWithAMultiLineDescriptionAndSixBadRows() {
            ErpImport result = reader.read(sample("oracle-purchase-orders.csv"), Options.commitments("USD"));

            assertThat(result.rowsRead()).isEqualTo(11);
            assertThat(result.accepted()).extracting(ErpTransaction::line, ErpTransaction::transactionId,
                    ErpTransaction::kind, ErpTransaction::amount, ErpTransaction::reference).containsExactly(
                    tuple(2, "PO-104233-1", Kind.COMMITMENT, new BigDecimal("1250000.00"), "REQ-55120"),
                    tuple(3, "PO-104233-2", Kind.COMMITMENT, new BigDecimal("780000.00"), "REQ-55120"),
                    tuple(5, "PO-104301-1", Kind.COMMITMENT, new BigDecimal("310400.00"), "MSA-2026-014"),
                    tuple(6, "PO-104302-1", Kind.COMMITMENT, new BigDecimal("96000.00"), "REQ-55170"),
                    tuple(13, "PO-104315-1", Kind.COMMITMENT, new BigDecimal("36500.00"), "REQ-55210"));
            assertThat(result.accepted().get(1).description())
                    .isEqualTo("Epic implementation services,\nphase 1 (build and validation)");
            assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                    tuple(7, "amount"), tuple(8, "vendor"), tuple(9, "type"), tuple(10, "amount"),
                    tuple(11, "amount"), tuple(12, null));
        }

        @Test
        void aMixedLedgerWithUsDatesTypesBlankLinesAndARange() {
            ErpImport result = reader.read(sample("mixed-ledger-us-dates.csv"), Options.kindFromTypeColumn("USD")
                    .withSlashedDates(SlashedDates.MONTH_FIRST)
                    .withDatesBetween(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)));

            assertThat(result.rowsRead()).isEqualTo(8);
            assertThat(result.accepted()).extracting(ErpTransaction::line, ErpTransaction::kind,
                    ErpTransaction::date, ErpTransaction::amount).containsExactly(
                    tuple(2, Kind.ACTUAL, LocalDate.of(2026, 7, 15), new BigDecimal("12000.00")),
                    tuple(3, Kind.ACTUAL, LocalDate.of(2026, 7, 29), new BigDecimal("-1200.00")),
                    tuple(4, Kind.COMMITMENT, LocalDate.of(2026, 8, 3), new BigDecimal("45000.00")),
                    tuple(6, Kind.ACTUAL, LocalDate.of(2026, 9, 17), new BigDecimal("18230.55")),
                    tuple(10, Kind.ACTUAL, LocalDate.of(2026, 9, 22), new BigDecimal("2500.00")));
            assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                    tuple(8, "date"), tuple(9, "type"), tuple(11, "date"));
            assertThat(result.rejected().get(2).message()).isEqualTo("no such date 9/31/2026");
        }

        @Test
        void theSameExportReadTwiceGivesTheSameIdsAndDigest() {
            byte[] bytes = sample("oracle-purchase-orders.csv");

            ErpImport first = reader.read(bytes, Options.commitments("USD"));
            ErpImport again = reader.read(sample("oracle-purchase-orders.csv"), Options.commitments("USD"));

            assertThat(again.fileDigest()).isEqualTo(first.fileDigest());
            assertThat(again.accepted()).isEqualTo(first.accepted());
        }
    }

    @Test
    void optionsRefuseWhatNoBudgetCouldMean() {
        assertThatThrownBy(() -> Options.actuals("DOLLARS")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Options.actuals("XAU")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Options.actuals("USD").withMaxRows(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Options.actuals("USD")
                .withDatesBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers ---

    /** A good actual (INV-1, USD 1200.00) with one cell replaced. */
    private static String row(String column, String cell) {
        List<String> cells = new ArrayList<>(
                List.of("INV-1", "2026-08-03", "Software", "1200.00", "USD", "Epic license", "Epic", "PO-1"));
        cells.set(COLUMNS.indexOf(column), cell);
        return String.join(",", cells);
    }

    private static String row() {
        return row("transaction_id", "INV-1");
    }

    /** Lines 2 and 4 are good, line 3 is {@code bad}: only line 3 is rejected, with exactly that problem. */
    private void assertOnlyTheMiddleRowRejected(String bad, String column, String message) {
        ErpImport result = read(Options.actuals("USD"),
                HEADER,
                row("transaction_id", "INV-A"),
                bad.startsWith("INV-1,") ? bad.replaceFirst("INV-1", "INV-B") : bad,
                row("transaction_id", "INV-C"));

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.accepted()).extracting(ErpTransaction::line, ErpTransaction::transactionId)
                .containsExactly(tuple(2, "INV-A"), tuple(4, "INV-C"));
        assertThat(result.rejected()).containsExactly(new RowProblem(3, column, message));
    }

    private ErpImport read(Options options, String... lines) {
        return reader.read(utf8(String.join("\n", lines) + "\n"), options);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(String text) {
        byte[] body = utf8(text);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    private static byte[] sample(String name) {
        try (InputStream in = ErpCsvReaderTest.class.getResourceAsStream("/erp/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
