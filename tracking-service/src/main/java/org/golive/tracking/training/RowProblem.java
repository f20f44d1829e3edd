package org.golive.tracking.training;

/**
 * Why a row of a learning-system export was left out (or the file refused).
 *
 * @param line   the physical line, 1-based (the header is line 1)
 * @param column the column at fault, or null when the row's shape or the file is
 */
public record RowProblem(int line, String column, String message) {
}
