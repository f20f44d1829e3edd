package org.golive.budget.fiscal;

import org.golive.budget.money.CurrencyMismatchException;
import org.golive.budget.money.Money;

import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One year after go-live: the recurring costs and the benefits of the year, by kind, in one currency. Amounts are
 * magnitudes, never negative: whether an amount counts for or against the site is the kind's business (a cost or a
 * benefit), so a go-live productivity dip is a cost, not a negative benefit. A kind without an amount is zero.
 */
public record YearLine(Currency currency, Map<CostKind, Money> costs, Map<BenefitKind, Money> benefits) {

    public YearLine {
        Objects.requireNonNull(currency, "currency");
        costs = checkedCopy(currency, CostKind.class, costs);
        benefits = checkedCopy(currency, BenefitKind.class, benefits);
    }

    /** A year with no costs and no benefits, to add to with {@link #withCost} and {@link #withBenefit}. */
    public static YearLine empty(Currency currency) {
        return new YearLine(currency, Map.of(), Map.of());
    }

    /** This year with the cost of the kind set to the amount (replacing any it had). */
    public YearLine withCost(CostKind kind, Money amount) {
        Map<CostKind, Money> changed = new EnumMap<>(CostKind.class);
        changed.putAll(costs);
        changed.put(Objects.requireNonNull(kind, "kind"), amount);
        return new YearLine(currency, changed, benefits);
    }

    /** This year with the benefit of the kind set to the amount (replacing any it had). */
    public YearLine withBenefit(BenefitKind kind, Money amount) {
        Map<BenefitKind, Money> changed = new EnumMap<>(BenefitKind.class);
        changed.putAll(benefits);
        changed.put(Objects.requireNonNull(kind, "kind"), amount);
        return new YearLine(currency, costs, changed);
    }

    public Money cost(CostKind kind) {
        return costs.getOrDefault(kind, Money.zero(currency));
    }

    public Money benefit(BenefitKind kind) {
        return benefits.getOrDefault(kind, Money.zero(currency));
    }

    public Money totalCosts() {
        return Money.sum(currency, costs.values());
    }

    public Money totalBenefits() {
        return Money.sum(currency, benefits.values());
    }

    /** Benefits minus recurring costs: negative in a year that costs more than it gives. */
    public Money net() {
        return totalBenefits().minus(totalCosts());
    }

    /** Both years kind by kind, as a wave's year is the sum of its sites' years. */
    public YearLine plus(YearLine other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        Map<CostKind, Money> summedCosts = new EnumMap<>(CostKind.class);
        summedCosts.putAll(costs);
        other.costs.forEach((kind, amount) -> summedCosts.merge(kind, amount, Money::plus));
        Map<BenefitKind, Money> summedBenefits = new EnumMap<>(BenefitKind.class);
        summedBenefits.putAll(benefits);
        other.benefits.forEach((kind, amount) -> summedBenefits.merge(kind, amount, Money::plus));
        return new YearLine(currency, summedCosts, summedBenefits);
    }

    private static <K extends Enum<K>> Map<K, Money> checkedCopy(Currency currency, Class<K> kinds,
                                                                 Map<K, Money> amounts) {
        Objects.requireNonNull(amounts, kinds.getSimpleName());
        Map<K, Money> copy = new EnumMap<>(kinds);
        amounts.forEach((kind, amount) -> {
            Objects.requireNonNull(kind, kinds.getSimpleName());
            Objects.requireNonNull(amount, () -> "the amount of " + kind);
            if (!amount.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, amount.currency());
            }
            if (amount.isNegative()) {
                throw new IllegalArgumentException(kind + " is " + amount + ": amounts are never negative");
            }
            copy.put(kind, amount);
        });
        return Collections.unmodifiableMap(copy);
    }
}
