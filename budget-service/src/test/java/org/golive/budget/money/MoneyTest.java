package org.golive.budget.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void anAmountIsKeptAtTheMinorUnitsOfItsCurrency() {
        assertThat(Money.of("1234.5", "USD")).hasToString("USD 1234.50");
        assertThat(Money.of("1234.5", "USD").amount()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(Money.of("500", "JPY")).hasToString("JPY 500");
        assertThat(Money.of(new BigDecimal("-7"), USD)).hasToString("USD -7.00");
        assertThat(Money.zero(USD)).hasToString("USD 0.00");
        assertThat(Money.zero(JPY)).hasToString("JPY 0");
        assertThat(Money.of("1E+3", "USD")).hasToString("USD 1000.00");
    }

    @Test
    void aTypedAmountWithMoreDecimalsThanTheCurrencyHasIsRefusedNotRounded() {
        assertThatThrownBy(() -> Money.of("12.345", "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("12.345 has more decimals than USD allows");
        assertThatThrownBy(() -> Money.of("1.5", "JPY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1.5 has more decimals than JPY allows");
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"), USD))
                .hasMessage("0.001 has more decimals than USD allows");
    }

    @Test
    void trailingZerosAreNotDecimalsTheCurrencyLacks() {
        assertThat(Money.of("12.340", "USD")).isEqualTo(Money.of("12.34", "USD"));
        assertThat(Money.of("100.00", "JPY")).hasToString("JPY 100");
    }

    @Test
    void whatIsNotAnAmountOfMoneyIsRefused() {
        assertThatThrownBy(() -> Money.of("1,000.00", "USD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'1,000.00' is not a decimal amount");
        assertThatThrownBy(() -> Money.of("12", "usd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("12", "XAU"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("XAU has no minor units; it is not money");
        assertThatThrownBy(() -> Money.of("1E+19", "USD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1E+19 is too large an amount of money");
        assertThat(Money.of("999999999999999999.99", "USD")).hasToString("USD 999999999999999999.99");
    }

    @Test
    void equalsComparesTheValueAndTheCurrency() {
        Money oneFifty = Money.of("1.5", "USD");

        assertThat(oneFifty).isEqualTo(Money.of(new BigDecimal("1.50"), USD))
                .hasSameHashCodeAs(Money.of(new BigDecimal("1.50"), USD))
                .isNotEqualTo(Money.of("1.50", "EUR"))
                .isNotEqualTo(Money.of("1.51", "USD"));
        assertThat(Money.of("-0.00", "USD")).isEqualTo(Money.zero(USD));
    }

    @Test
    void addsSubtractsAndNegatesExactly() {
        // 0.10 + 0.20 is 0.30 exactly, where doubles give 0.30000000000000004
        assertThat(Money.of("0.10", "USD").plus(Money.of("0.20", "USD"))).isEqualTo(Money.of("0.30", "USD"));
        assertThat(Money.of("100.00", "USD").minus(Money.of("100.01", "USD"))).hasToString("USD -0.01");
        assertThat(Money.of("100.00", "USD").negate()).hasToString("USD -100.00");
        assertThat(Money.sum(USD, List.of(Money.of("1.01", "USD"), Money.of("2.02", "USD"))))
                .hasToString("USD 3.03");
        assertThat(Money.sum(JPY, List.of())).isEqualTo(Money.zero(JPY));
    }

    @Test
    void combiningTwoCurrenciesThrowsNamingBoth() {
        Money dollars = Money.of("10.00", "USD");
        Money euros = Money.of("10.00", "EUR");

        assertThatThrownBy(() -> dollars.plus(euros))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("USD and EUR amounts cannot be combined without a conversion")
                .satisfies(e -> {
                    assertThat(((CurrencyMismatchException) e).expected()).isEqualTo(USD);
                    assertThat(((CurrencyMismatchException) e).actual()).isEqualTo(Currency.getInstance("EUR"));
                });
        assertThatThrownBy(() -> dollars.minus(euros)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> dollars.compareTo(euros)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> dollars.percentOf(euros)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Money.sum(USD, List.of(euros))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void multiplicationRoundsOnceHalfToEven() {
        // 0.05 x 0.5 = 0.025: a tie, to the even 0.02; 0.15 x 0.5 = 0.075: to the even 0.08
        assertThat(Money.of("0.05", "USD").times(new BigDecimal("0.5"))).hasToString("USD 0.02");
        assertThat(Money.of("0.15", "USD").times(new BigDecimal("0.5"))).hasToString("USD 0.08");
        // 10.00 x 0.3333 = 3.333 -> 3.33; 1234.56 x 1.075 = 1327.152 -> 1327.15
        assertThat(Money.of("10.00", "USD").times(new BigDecimal("0.3333"))).hasToString("USD 3.33");
        assertThat(Money.of("1234.56", "USD").times(new BigDecimal("1.075"))).hasToString("USD 1327.15");
        // JPY 101 x 0.5 = 50.5 -> 50; JPY 103 x 0.5 = 51.5 -> 52
        assertThat(Money.of("101", "JPY").times(new BigDecimal("0.5"))).hasToString("JPY 50");
        assertThat(Money.of("103", "JPY").times(new BigDecimal("0.5"))).hasToString("JPY 52");
    }

    @Test
    void aComputedValueIsRoundedHalfToEven() {
        assertThat(Money.rounded(new BigDecimal("197813.0111234"), USD)).hasToString("USD 197813.01");
        assertThat(Money.rounded(new BigDecimal("-499.985"), USD)).hasToString("USD -499.98");
        assertThat(Money.rounded(new BigDecimal("-499.975"), USD)).hasToString("USD -499.98");
        assertThat(Money.rounded(new BigDecimal("12229449.8077"), JPY)).hasToString("JPY 12229450");
    }

    @Test
    void percentages() {
        // 15 % of 1000.00 = 150.00; 25 % of 0.10 = 0.025 -> 0.02 (half to even)
        assertThat(Money.of("1000.00", "USD").percent(new BigDecimal("15"))).hasToString("USD 150.00");
        assertThat(Money.of("0.10", "USD").percent(new BigDecimal("25"))).hasToString("USD 0.02");
        // 250 of 1000 = 25.00 %; 1 of 3 = 33.333... -> 33.33 %; 2 of 3 = 66.666... -> 66.67 %
        assertThat(Money.of("250", "USD").percentOf(Money.of("1000", "USD"))).isEqualByComparingTo("25.00");
        assertThat(Money.of("1", "USD").percentOf(Money.of("3", "USD"))).isEqualTo(new BigDecimal("33.33"));
        assertThat(Money.of("2", "USD").percentOf(Money.of("3", "USD"))).isEqualTo(new BigDecimal("66.67"));
        assertThatThrownBy(() -> Money.of("2", "USD").percentOf(Money.zero(USD)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void signsAndOrder() {
        assertThat(Money.of("-0.01", "USD").isNegative()).isTrue();
        assertThat(Money.of("0.00", "USD").isZero()).isTrue();
        assertThat(Money.of("0.00", "USD").isNegative()).isFalse();
        assertThat(Money.of("0.01", "USD").isPositive()).isTrue();
        assertThat(Money.of("9.99", "USD")).isLessThan(Money.of("10", "USD"));
        assertThat(Money.of("10", "USD")).isEqualByComparingTo(Money.of("10.00", "USD"));
    }
}
