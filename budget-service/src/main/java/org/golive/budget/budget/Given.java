package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.platform.problem.RuleViolationException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Currency;

/** Months and amounts as a user typed them, turned into value types or refused naming the field (a 422). */
final class Given {

    private Given() {
    }

    static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(field, "A month is written 2027-03, not " + value);
        }
    }

    static Money money(BigDecimal value, Currency currency, String field) {
        if (value == null) {
            throw new RuleViolationException(field, "An amount is required");
        }
        try {
            return Money.of(value, currency);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(field, e.getMessage());
        }
    }
}
