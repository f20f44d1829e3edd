package org.golive.platform.input;

import java.math.BigDecimal;

/**
 * A decimal in a query or path parameter ({@code ?discountRate=0.08}), inside {@link InputBounds} like one in a body.
 * Spring's own conversion would accept {@code 1e999999999} and hand it to the arithmetic.
 */
final class BoundedDecimal {

    private BoundedDecimal() {
    }

    /** The decimal, or null for a blank parameter; a number out of bounds or not a number is refused (a 400). */
    static BigDecimal parse(String source) {
        String text = source.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > RequestJson.MAX_NUMBER_LENGTH) {
            throw new OutOfBoundsException("must have at most " + RequestJson.MAX_NUMBER_LENGTH + " characters");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new OutOfBoundsException("must be a decimal number");
        }
        String problem = InputBounds.decimalProblem(value);
        if (problem != null) {
            throw new OutOfBoundsException(problem);
        }
        return value;
    }
}
