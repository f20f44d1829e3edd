package org.golive.budget.erp;

/**
 * Cells are data, never evaluated. Spreadsheet exports (and Golive's own CSV exports) put a single quote before text a
 * spreadsheet would take for a formula ({@code = + - @}, a tab or a CR); that guard is removed so that "'-125.00" reads
 * as the amount it stands for. A leading quote before anything else ("'Twas") is the text itself and stays.
 */
final class Cells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Cells() {
    }

    static String clean(String raw) {
        String cell = raw.strip();
        if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
