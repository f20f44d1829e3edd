package org.golive.tracking.benefits;

import org.golive.tracking.training.LearnerRecords;
import org.golive.tracking.training.RowProblem;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a measuring system's export of one site's KPI values, one row per KPI and month, with a row-level report of
 * what was left out and why. Columns (header on line 1, any order, names case-insensitive, others ignored):
 * {@code kpi_id}, {@code period} ({@code 2027-03}), {@code value} (a decimal with a point, no thousands separator)
 * required; {@code note} optional. Stateless.
 */
final class ValueImport {

    static final int MAX_ROWS = 10_000;
    private static final List<String> REQUIRED = List.of("kpi_id", "period", "value");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,12})?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** @param entries the good rows by KPI id; empty when the file was refused */
    record Result(Map<String, List<KpiSeries.Entry>> entries, List<RowProblem> rejected, int rowsRead,
                  int accepted) {
    }

    /**
     * @param kpiIds    the KPIs of the site's program
     * @param lastMonth the latest month a value may be for (the current month: nothing is measured ahead)
     */
    Result read(byte[] csv, Set<String> kpiIds, YearMonth lastMonth) {
        List<LearnerRecords.Row> rows;
        try {
            rows = LearnerRecords.read(csv);
        } catch (LearnerRecords.Unreadable unreadable) {
            return new Result(Map.of(), List.of(unreadable.problem), 0, 0);
        }
        if (rows.isEmpty() || rows.get(0).blank()) {
            return refused(1, "no header on line 1: name the columns kpi_id, period, value (and optionally note)");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_'), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return refused(1, "the header lacks the column(s) " + String.join(", ", missing));
        }
        Map<String, List<KpiSeries.Entry>> entries = new LinkedHashMap<>();
        List<RowProblem> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int read = 0;
        int accepted = 0;
        for (LearnerRecords.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            if (++read > MAX_ROWS) {
                return refused(row.line(), "more than " + MAX_ROWS + " rows: import the file in parts");
            }
            if (row.cells().size() != header.size()) {
                rejected.add(new RowProblem(row.line(), null, "the row has " + row.cells().size()
                        + " cells, the header " + header.size()));
                continue;
            }
            int before = rejected.size();
            String kpiId = cell(row, columns, "kpi_id");
            YearMonth period = period(row, cell(row, columns, "period"), lastMonth, rejected);
            BigDecimal value = value(row, cell(row, columns, "value"), rejected);
            String note = cell(row, columns, "note");
            if (!kpiIds.contains(kpiId)) {
                rejected.add(new RowProblem(row.line(), "kpi_id", "kpi_id: the program has no KPI '"
                        + abbreviated(kpiId) + "'"));
            }
            if (note.length() > 500 || note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                rejected.add(new RowProblem(row.line(), "note", "note: at most 500 characters, on one line"));
            }
            if (rejected.size() == before && !seen.add(kpiId + " " + period)) {
                rejected.add(new RowProblem(row.line(), "period", "period: " + kpiId + " for " + period
                        + " is in the file before: each KPI and month once"));
            }
            if (rejected.size() == before) {
                entries.computeIfAbsent(kpiId, k -> new ArrayList<>())
                        .add(new KpiSeries.Entry(period, value, note.isEmpty() ? null : note));
                accepted++;
            }
        }
        return new Result(entries, rejected, read, accepted);
    }

    private static YearMonth period(LearnerRecords.Row row, String text, YearMonth lastMonth,
                                    List<RowProblem> rejected) {
        try {
            YearMonth period = MONTH.matcher(text).matches() ? YearMonth.parse(text) : null;
            if (period != null && period.getYear() >= 1900 && !period.isAfter(lastMonth)) {
                return period;
            }
        } catch (DateTimeParseException notAMonth) {
            // reported below
        }
        rejected.add(new RowProblem(row.line(), "period", "period: expected a month from 1900-01 to " + lastMonth
                + " as YYYY-MM, not '" + abbreviated(text) + "'"));
        return null;
    }

    private static BigDecimal value(LearnerRecords.Row row, String text, List<RowProblem> rejected) {
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        rejected.add(new RowProblem(row.line(), "value", "value: expected a decimal such as 3.25 (a point, no"
                + " thousands separator), not '" + abbreviated(text) + "'"));
        return null;
    }

    private static String cell(LearnerRecords.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : row.cells().get(index).strip();
    }

    private static String abbreviated(String value) {
        String printable = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    private static Result refused(int line, String message) {
        return new Result(Map.of(), List.of(new RowProblem(line, null, message)), 0, 0);
    }
}
