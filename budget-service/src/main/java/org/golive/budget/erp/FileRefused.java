package org.golive.budget.erp;

import java.util.List;

/** The file as a whole cannot be imported; carries the problems to report instead of any row. */
final class FileRefused extends RuntimeException {

    private final List<RowProblem> problems;

    FileRefused(List<RowProblem> problems) {
        super(problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    FileRefused(int line, String message) {
        this(List.of(new RowProblem(line, null, message)));
    }

    List<RowProblem> problems() {
        return problems;
    }
}
