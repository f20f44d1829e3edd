package org.golive.platform.input;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ranges every client value must fall in before any arithmetic sees it. A decimal such as {@code 1e999999999}
 * is eleven characters long yet expands to a billion digits in {@code toPlainString} or {@code setScale}: decimals are
 * bounded by digits before and after the point, dates and fiscal years by a window no health system's plan leaves.
 */
public final class InputBounds {

    /** Digits before the decimal point: amounts up to 10^18 (a quintillion) in any currency. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the decimal point: rates and shares, never more than a database would keep. */
    public static final int MAX_FRACTION_DIGITS = 12;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    public static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR, 12, 31);

    private InputBounds() {
    }

    /** Why a decimal is out of bounds, or null when it is in. Cheap: the digits are few (the parser bounds their count), the exponent is never expanded. */
    public static String decimalProblem(BigDecimal value) {
        if (value.scale() > MAX_FRACTION_DIGITS && value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            return "must have at most " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        return null;
    }

    public static String dateProblem(LocalDate date) {
        return date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)
                ? "must be between " + MIN_DATE + " and " + MAX_DATE
                : null;
    }

    /** Why text is not plain, or null when it is: control characters (but tab and line breaks), unpaired surrogates. */
    public static String textProblem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain unpaired surrogate characters";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain unpaired surrogate characters";
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters";
            }
        }
        return null;
    }
}
