package org.golive.budget.erp;

/** A cell that cannot be read; its message is shown to the finance user as is. */
final class BadCell extends RuntimeException {

    BadCell(String message) {
        // Raised for ordinary bad data, possibly on thousands of rows: no stack trace to fill.
        super(message, null, false, false);
    }
}
