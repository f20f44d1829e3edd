package org.golive.budget.erp;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * The records of an RFC 4180 text (commons-csv) with the physical line each starts on, which is what a finance user
 * finds in their spreadsheet or editor: a quoted line break inside a description makes a record span two lines, and
 * the rows after it keep their real line numbers.
 */
final class CsvRows {

    /** One record: its cells as written (untrimmed) and the line it starts on. */
    record Row(int line, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    // RFC 4180 keeps empty lines as records, so that line numbers stay countable; the reader skips them itself.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvRows(String text) {
        try {
            this.parser = CSVParser.parse(new StringReader(text), FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
    }

    /** The next record, or null at the end of the text; a record the CSV grammar cannot read refuses the file. */
    Row next() {
        // The parser's count is of line ends consumed so far, so the next record starts on the line after it. It
        // must be read before hasNext(), which is what reads the record.
        int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
        try {
            if (!records.hasNext()) {
                return null;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new FileRefused(line, brokenRecord(line, e));
        }
        return new Row(line, records.next().toList());
    }

    /**
     * After a quoting error the parser cannot find where the next row starts, so nothing after it can be trusted:
     * the file is refused, naming the row to fix.
     */
    private static String brokenRecord(int line, RuntimeException e) {
        String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : String.valueOf(e.getMessage());
        if (cause.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell in the row starting on line " + line
                    + " is never closed: the rest of the file cannot be read";
        }
        if (cause.contains("Invalid character between encapsulated token and delimiter")) {
            return "text follows a closing quote in the row starting on line " + line
                    + ": a quote inside a quoted cell must be doubled (\"\")";
        }
        return "the row starting on line " + line + " is not valid CSV: " + cause;
    }
}
