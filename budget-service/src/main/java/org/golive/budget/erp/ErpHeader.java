package org.golive.budget.erp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each known column sits. Names are matched case-insensitively with spaces and hyphens read as underscores, so
 * an ERP's "Transaction ID" or "TRANSACTION-ID" finds {@code transaction_id}; order is free and unknown columns are
 * ignored.
 */
final class ErpHeader {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private final Map<ErpColumn, Integer> positions;
    private final int width;

    private ErpHeader(Map<ErpColumn, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** Reads line 1; a missing or repeated known column refuses the file, one problem per column. */
    static ErpHeader read(List<String> cells, boolean typeRequired) {
        Map<ErpColumn, Integer> positions = new EnumMap<>(ErpColumn.class);
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            ErpColumn column = columnNamed(cells.get(i));
            if (column == null) {
                continue;
            }
            Integer earlier = positions.putIfAbsent(column, i);
            if (earlier != null) {
                problems.add(new RowProblem(1, column.header(), "column " + column.header() + " appears twice (cells "
                        + (earlier + 1) + " and " + (i + 1) + "): the reader cannot tell which one to use"));
            }
        }
        for (ErpColumn column : ErpColumn.values()) {
            boolean required = column.required() || column == ErpColumn.TYPE && typeRequired;
            if (required && !positions.containsKey(column)) {
                problems.add(new RowProblem(1, column.header(), "missing column " + column.header()
                        + (column == ErpColumn.TYPE ? ": this import takes the kind of each row from it" : "")));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRefused(problems);
        }
        return new ErpHeader(positions, cells.size());
    }

    private static ErpColumn columnNamed(String cell) {
        String name = SEPARATORS.matcher(cell.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
        for (ErpColumn column : ErpColumn.values()) {
            if (column.header().equals(name)) {
                return column;
            }
        }
        return null;
    }

    /** The number of cells every row must have. */
    int width() {
        return width;
    }

    boolean has(ErpColumn column) {
        return positions.containsKey(column);
    }

    /** The row's cell in that column, cleaned ({@link Cells#clean}); empty when the file has no such column. */
    String cell(List<String> row, ErpColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : Cells.clean(row.get(position));
    }
}
