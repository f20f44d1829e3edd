package org.golive.budget.erp;

import org.golive.budget.erp.ErpCsvReader.SlashedDates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transaction date. ISO {@code yyyy-MM-dd} is always accepted. A slashed date ({@code 03/04/2026}) is
 * ambiguous between the US month-first and the day-first order, so it is read only when the import declares the
 * file's order; then {@code M/d/yyyy} or {@code d/M/yyyy} with a four-digit year. Everything else (two-digit years,
 * month names, times of day) is refused rather than guessed.
 */
final class ErpDates {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private ErpDates() {
    }

    static LocalDate parse(String cell, SlashedDates slashed) {
        if (cell.isEmpty()) {
            throw new BadCell("date is required");
        }
        try {
            if (ISO.matcher(cell).matches()) {
                // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is an error, not 2026-03-02.
                return LocalDate.parse(cell, DateTimeFormatter.ISO_LOCAL_DATE);
            }
            Matcher parts = SLASHED.matcher(cell);
            if (parts.matches()) {
                return slashed(cell, parts, slashed);
            }
        } catch (DateTimeException e) {
            throw new BadCell("no such date " + cell);
        }
        throw new BadCell("unreadable date " + cell + ": write yyyy-MM-dd");
    }

    private static LocalDate slashed(String cell, Matcher parts, SlashedDates slashed) {
        int first = Integer.parseInt(parts.group(1));
        int second = Integer.parseInt(parts.group(2));
        int year = Integer.parseInt(parts.group(3));
        switch (slashed) {
            case MONTH_FIRST:
                return LocalDate.of(year, first, second);
            case DAY_FIRST:
                return LocalDate.of(year, second, first);
            default:
                throw new BadCell("ambiguous date " + cell + ": write yyyy-MM-dd, or declare whether the file's "
                        + "slashed dates put the month or the day first");
        }
    }
}
