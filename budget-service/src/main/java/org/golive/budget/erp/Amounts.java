package org.golive.budget.erp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Reads an amount exactly, as a {@link BigDecimal} scaled to the currency's minor units. Accepted: plain digits with
 * a decimal point and an optional leading minus ({@code 1234.56}, {@code -1234.56}), and comma thousands separators
 * in groups of three ({@code "1,234.56"}, quoted in the CSV). Refused rather than guessed: decimal commas, currency
 * symbols, accounting parentheses, exponents, NaN and infinities, and more decimals than the currency has (USD
 * {@code 12.345}; trailing zeros such as {@code 12.3400} are exact and accepted).
 */
final class Amounts {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern EXPONENT = Pattern.compile("-?[\\d.,]+[eE][+-]?\\d+");
    /** Far above any budget line (a trillion); it keeps a runaway cell from being taken as money. */
    private static final int MAX_INTEGER_DIGITS = 13;
    private static final String FORM = "write digits with a decimal point and an optional leading minus, e.g. -1234.56";

    private Amounts() {
    }

    static BigDecimal parse(String cell, Currency currency) {
        if (cell.isEmpty()) {
            throw new BadCell("amount is required");
        }
        if (!PLAIN.matcher(cell).matches() && !GROUPED.matcher(cell).matches()) {
            throw new BadCell(whyUnreadable(cell));
        }
        BigDecimal amount = new BigDecimal(cell.replace(",", ""));
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new BadCell("amount " + cell + " is implausibly large (more than " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point)");
        }
        int digits = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new BadCell("amount " + cell + " has more decimals than " + currency.getCurrencyCode() + " allows ("
                    + digits + ")");
        }
        // Exact by the check above: only zeros are dropped, or added up to the currency's digits.
        return amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    private static String whyUnreadable(String cell) {
        if (EXPONENT.matcher(cell).matches()) {
            return "amount " + cell + " is in exponent notation: export the amount as plain digits";
        }
        if (cell.startsWith("(") && cell.endsWith(")")) {
            return "amount " + cell + " uses accounting parentheses: write a credit with a leading minus, e.g. -"
                    + cell.substring(1, cell.length() - 1);
        }
        if (!cell.isEmpty() && "$€£¥".indexOf(cell.charAt(0)) >= 0) {
            return "amount " + cell + " has a currency symbol: the currency column says the currency, " + FORM;
        }
        return "malformed amount " + cell + ": " + FORM;
    }
}
