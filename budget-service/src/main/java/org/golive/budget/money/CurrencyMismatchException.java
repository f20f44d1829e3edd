package org.golive.budget.money;

import java.util.Currency;

/** Two amounts in different currencies were combined. There is no implicit conversion: convert first, explicitly. */
public class CurrencyMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Currency expected;
    private final Currency actual;

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super(expected.getCurrencyCode() + " and " + actual.getCurrencyCode()
                + " amounts cannot be combined without a conversion");
        this.expected = expected;
        this.actual = actual;
    }

    public Currency expected() {
        return expected;
    }

    public Currency actual() {
        return actual;
    }
}
