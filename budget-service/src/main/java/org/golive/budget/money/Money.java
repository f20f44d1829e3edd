package org.golive.budget.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one ISO 4217 currency, never a double.
 *
 * <p>The amount is always held at the currency's minor units (USD 2 decimals, JPY 0), so {@code USD 1.5} and
 * {@code USD 1.50} are the same value, equal, with the same hash code. An amount built from what a user typed
 * ({@link #of(String, String)}, {@link #of(BigDecimal, Currency)}) is refused when it has more decimals than the
 * currency allows: silently rounding a typed amount would change it. Trailing zeros are not decimals the currency
 * lacks: {@code "12.340"} is USD 12.34. Only a computed value is rounded, half to even (banker's rounding, which
 * does not drift upwards over many roundings): a product ({@link #times}, {@link #percent}) or a result built with
 * {@link #rounded}.
 *
 * <p>Amounts in different currencies are never combined or compared: that throws {@link CurrencyMismatchException}.
 */
public final class Money implements Comparable<Money> {

    /** Larger typed amounts are a typo or an attack, not a budget; the cap keeps parsing and scaling cheap. */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amountAtMinorUnits, Currency currency) {
        this.amount = amountAtMinorUnits;
        this.currency = currency;
    }

    /**
     * A typed amount, e.g. {@code Money.of("1234.50", "USD")}: a plain decimal with a dot and no grouping, and an
     * ISO 4217 code.
     *
     * @throws IllegalArgumentException if the amount is not a decimal number, has more decimals than the currency
     *                                  allows or more than 18 integer digits, or the code is not a currency with
     *                                  minor units
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + abbreviated(amount) + "' is not a decimal amount", e);
        }
        return of(parsed, Currency.getInstance(currencyCode));
    }

    /**
     * A given amount, refused (not rounded) when it has more decimals than the currency allows.
     *
     * @see #of(String, String)
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        int digits = minorUnitsOf(currency);
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(amount + " is too large an amount of money");
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(amount + " has more decimals than " + currency.getCurrencyCode()
                    + " allows");
        }
        return new Money(amount.setScale(digits, ROUNDING), currency);
    }

    /** A computed value (a present value, an allocation) rounded half to even to the currency's minor units. */
    public static Money rounded(BigDecimal value, Currency currency) {
        Objects.requireNonNull(value, "value");
        return new Money(value.setScale(minorUnitsOf(currency), ROUNDING), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(minorUnitsOf(currency)), currency);
    }

    /** The sum of the amounts, zero in the currency when there are none. */
    public static Money sum(Currency currency, Iterable<Money> amounts) {
        Money total = zero(currency);
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    private static int minorUnitsOf(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            // XAU, XDR, XXX...: funds and metals, not a currency a budget is kept in.
            throw new IllegalArgumentException(currency.getCurrencyCode() + " has no minor units; it is not money");
        }
        return digits;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** The amount at the currency's minor units (scale 2 for USD, 0 for JPY). */
    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** This amount times a factor, computed exactly then rounded once, half to even, to minor units. */
    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return rounded(amount.multiply(factor), currency);
    }

    /** The given percent of this amount, rounded half to even: USD 1000.00 percent 15 is USD 150.00. */
    public Money percent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return rounded(amount.multiply(percent).movePointLeft(2), currency);
    }

    /**
     * What percent this amount is of a whole, to 2 decimals, half to even: USD 250.00 is 25.00 percent of
     * USD 1000.00.
     *
     * @throws ArithmeticException if the whole is zero
     */
    public BigDecimal percentOf(Money whole) {
        if (sameCurrency(whole).isZero()) {
            throw new ArithmeticException("no percent of a zero amount");
        }
        return amount.movePointRight(2).divide(whole.amount, 2, ROUNDING);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Orders amounts of one currency; amounts in different currencies are not comparable. */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return other;
    }

    /** Equal when the currency and the amount are: the amount is always at the currency's scale. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /** The currency code and the plain amount at minor units, e.g. {@code USD 1234.50}, {@code JPY -500}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
