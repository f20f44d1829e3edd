package org.golive.budget.impact;

import org.golive.budget.fiscal.FiscalHorizon;
import org.golive.budget.fiscal.YearLine;
import org.golive.budget.money.Money;
import org.golive.platform.problem.RuleViolationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site's fiscal plan as a caller gives it: the discount rate, the one-time implementation cost and the years after
 * go-live. {@link #check} turns it into exact money or refuses it naming every field at fault
 * ({@code years[2].costs.HOSTING}), so that one answer lists all there is to fix.
 *
 * @param currency optional: when given it must be the plan's currency (amounts are never converted)
 */
public record PlanInput(String currency, BigDecimal discountRate, BigDecimal implementationCost,
                        List<PlannedYear> years) {

    /** Plans look 15 years ahead at most: beyond that the estimates are guesses and the discounting drowns them. */
    public static final int MAX_YEARS = 15;
    /** 0.0825 is a rate; 0.08250000001 is a typo or a rounding leak. */
    public static final int MAX_RATE_DECIMALS = 6;

    /** What a checked plan is: its rate and its horizon in exact money. */
    record Checked(BigDecimal discountRate, FiscalHorizon horizon) {
    }

    /** @throws RuleViolationException naming each field at fault */
    Checked check(Currency planCurrency) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (currency != null && !currency.strip().equals(planCurrency.getCurrencyCode())) {
            problems.put("currency", "Fiscal plans are kept in " + planCurrency.getCurrencyCode() + ", not "
                    + currency.strip() + "; amounts are never converted");
        }
        BigDecimal rate = checkedRate(discountRate, "discountRate", problems);
        Money implementation = amount(implementationCost, planCurrency, "implementationCost", problems);
        List<YearLine> lines = checkedYears(planCurrency, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException("The fiscal plan has " + (problems.size() == 1 ? "a problem"
                    : problems.size() + " problems") + ": " + String.join(", ", problems.keySet()), problems);
        }
        return new Checked(rate, new FiscalHorizon(implementation, lines));
    }

    /**
     * A discount rate is a fraction from 0 up to, not including, 1, with at most 6 decimals; normalised so that 0.080
     * and 0.08 are the same rate. Also used for the rate a roll-up is asked for.
     */
    static BigDecimal checkedRate(BigDecimal rate, String field, Map<String, String> problems) {
        if (rate == null) {
            problems.put(field, "A discount rate is required: a fraction, 0.08 for 8 percent");
            return null;
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            problems.put(field, "A discount rate is a fraction from 0 up to 1, 0.08 for 8 percent, not "
                    + rate.toPlainString());
            return null;
        }
        BigDecimal normalised = normalised(rate);
        if (normalised.scale() > MAX_RATE_DECIMALS) {
            problems.put(field, "A discount rate has at most " + MAX_RATE_DECIMALS + " decimals");
            return null;
        }
        return normalised;
    }

    /** Without trailing zeros: 0.080 is 0.08, and two plans at one rate compare equal. */
    static BigDecimal normalised(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private List<YearLine> checkedYears(Currency planCurrency, Map<String, String> problems) {
        if (years == null || years.isEmpty()) {
            problems.put("years", "A plan needs at least one year after go-live");
            return List.of();
        }
        if (years.size() > MAX_YEARS) {
            problems.put("years", "A plan covers at most " + MAX_YEARS + " years after go-live, not " + years.size());
            return List.of();
        }
        List<YearLine> lines = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            PlannedYear year = years.get(i);
            String field = "years[" + i + "]";
            if (year == null) {
                problems.put(field, "A year is {\"costs\": {...}, \"benefits\": {...}}, not null");
                continue;
            }
            YearLine line = YearLine.empty(planCurrency);
            line = withAmounts(line, year.costs(), field + ".costs", YearLine::withCost, planCurrency, problems);
            line = withAmounts(line, year.benefits(), field + ".benefits", YearLine::withBenefit, planCurrency,
                    problems);
            lines.add(line);
        }
        return lines;
    }

    private static <K extends Enum<K>> YearLine withAmounts(YearLine line, Map<K, BigDecimal> amounts, String field,
                                                            Adder<K> adder, Currency currency,
                                                            Map<String, String> problems) {
        if (amounts == null) {
            return line;
        }
        for (Map.Entry<K, BigDecimal> entry : amounts.entrySet()) {
            Money amount = amount(entry.getValue(), currency, field + "." + entry.getKey().name(), problems);
            if (amount != null) {
                line = adder.apply(line, entry.getKey(), amount);
            }
        }
        return line;
    }

    @FunctionalInterface
    private interface Adder<K> {
        YearLine apply(YearLine line, K kind, Money amount);
    }

    /** An exact, non-negative amount in the currency, or null with the problem recorded under the field. */
    private static Money amount(BigDecimal value, Currency currency, String field, Map<String, String> problems) {
        if (value == null) {
            problems.put(field, "An amount is required");
            return null;
        }
        if (value.signum() < 0) {
            // Costs and benefits are magnitudes: a go-live productivity dip is a cost, not a negative benefit.
            problems.put(field, "An amount is never negative (a loss is a cost), not " + value.toPlainString());
            return null;
        }
        try {
            return Money.of(value, currency);
        } catch (IllegalArgumentException tooPreciseOrTooLarge) {
            problems.put(field, tooPreciseOrTooLarge.getMessage());
            return null;
        }
    }
}
