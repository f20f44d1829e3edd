package org.golive.budget.erp;

import java.util.Objects;

/**
 * Why a row (or the whole file) was rejected.
 *
 * @param line   the 1-based physical line (the header is line 1; a row with a quoted line break is named by the line
 *               it starts on)
 * @param column the canonical column name ({@code amount}, {@code date}, ...), or null when the problem is the row's
 *               shape or the file as a whole
 */
public record RowProblem(int line, String column, String message) {

    public RowProblem {
        if (line < 1) {
            throw new IllegalArgumentException("lines are numbered from 1: " + line);
        }
        Objects.requireNonNull(message, "message");
    }
}
