package org.golive.budget.erp;

import java.util.Locale;

/** The columns the reader knows; any other column of the export is ignored. */
enum ErpColumn {
    TRANSACTION_ID(true),
    DATE(true),
    CATEGORY(true),
    AMOUNT(true),
    CURRENCY(true),
    DESCRIPTION(true),
    VENDOR(true),
    REFERENCE(false),
    // The budget line, for categories planned on several lines.
    LINE_ID(false),
    // Required only when the kind comes from the file rather than from the import's options.
    TYPE(false);

    private final boolean required;

    ErpColumn(boolean required) {
        this.required = required;
    }

    boolean required() {
        return required;
    }

    /** The name in the header and in problem reports. */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }
}
