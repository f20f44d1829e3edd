package org.golive.budget.erp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The budget's cost categories. A cell names one case-insensitively, with spaces or hyphens for the underscores, as
 * an ERP's spend category is usually labelled: "Go-live support" is {@code GO_LIVE_SUPPORT}.
 */
final class BudgetCategories {

    static final List<String> ALL = List.of("SOFTWARE", "HARDWARE_DEVICES", "IMPLEMENTATION_SERVICES",
            "INTERNAL_STAFF_BACKFILL", "TRAINING", "GO_LIVE_SUPPORT", "INTERFACES", "DATA_CONVERSION", "CONTINGENCY");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private BudgetCategories() {
    }

    static String parse(String cell) {
        if (cell.isEmpty()) {
            throw new BadCell("category is required: one of " + String.join(", ", ALL));
        }
        String name = SEPARATORS.matcher(cell.toUpperCase(Locale.ROOT)).replaceAll("_");
        if (!ALL.contains(name)) {
            throw new BadCell("unknown category " + cell + ": expected one of " + String.join(", ", ALL));
        }
        return name;
    }
}
