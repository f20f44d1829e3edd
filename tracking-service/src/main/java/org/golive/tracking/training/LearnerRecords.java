package org.golive.tracking.training;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of a CSV export (RFC 4180, commons-csv; a learning system's, or a quality system's KPI values) with the
 * physical line each starts on, so that whoever exported it finds a reported row in their spreadsheet; a quoted line
 * break keeps later lines countable.
 */
public final class LearnerRecords {

    /** A row: its cells as written and the line it starts on. */
    public record Row(int line, List<String> cells) {

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The file cannot be read past this point: what is reported instead of its rows. */
    public static final class Unreadable extends RuntimeException {

        public final RowProblem problem;

        Unreadable(int line, String message) {
            super(message, null, false, false);
            this.problem = new RowProblem(line, null, message);
        }
    }

    private LearnerRecords() {
    }

    public static List<Row> read(byte[] bytes) {
        String text = utf8(bytes);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // The parser counts line ends consumed so far: the next record starts on the line after.
                int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
                try {
                    if (!records.hasNext()) {
                        return rows;
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new Unreadable(line, "the row starting on line " + line + " is not valid CSV (a quote"
                            + " left open, or text after a closing quote): nothing after it can be read");
                }
                rows.add(new Row(line, records.next().toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(1, "the file is not UTF-8 text: export it as CSV UTF-8");
        }
    }
}
