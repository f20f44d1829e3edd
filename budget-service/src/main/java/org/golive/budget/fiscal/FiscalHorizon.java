package org.golive.budget.fiscal;

import org.golive.budget.money.CurrencyMismatchException;
import org.golive.budget.money.Money;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The cash flows of a site over the years its fiscal impact is judged on: the one-time implementation cost in year 0
 * (the total of the site's budget) and, for each year 1..N after go-live, a {@link YearLine} of recurring costs and
 * benefits. {@code years.get(0)} is year 1. All in one currency.
 */
public record FiscalHorizon(Money implementationCost, List<YearLine> years) {

    public FiscalHorizon {
        Objects.requireNonNull(implementationCost, "implementationCost");
        if (implementationCost.isNegative()) {
            throw new IllegalArgumentException("the implementation cost is " + implementationCost
                    + ": it is never negative");
        }
        years = List.copyOf(years);
        for (YearLine year : years) {
            if (!year.currency().equals(implementationCost.currency())) {
                throw new CurrencyMismatchException(implementationCost.currency(), year.currency());
            }
        }
    }

    public static FiscalHorizon of(Money implementationCost, YearLine... years) {
        return new FiscalHorizon(implementationCost, List.of(years));
    }

    /** The same costs and benefits every year for the given number of years. */
    public static FiscalHorizon sameEveryYear(Money implementationCost, YearLine year, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("a horizon of " + length + " years");
        }
        return new FiscalHorizon(implementationCost, Collections.nCopies(length, year));
    }

    /**
     * The horizon of a wave or program: the sum of its sites' horizons, year by year and kind by kind. A site whose
     * horizon is shorter counts as zero in the years it does not reach, so the sum is as long as the longest.
     *
     * @throws IllegalArgumentException  if there are no horizons (the sum would have no currency)
     * @throws CurrencyMismatchException if they are not all in one currency
     */
    public static FiscalHorizon sum(List<FiscalHorizon> horizons) {
        if (horizons.isEmpty()) {
            throw new IllegalArgumentException("no horizons to sum: a roll-up needs at least one site");
        }
        FiscalHorizon total = horizons.get(0);
        for (FiscalHorizon horizon : horizons.subList(1, horizons.size())) {
            total = total.plus(horizon);
        }
        return total;
    }

    /** Both horizons year by year, the shorter padded with empty years. */
    public FiscalHorizon plus(FiscalHorizon other) {
        Money implementation = implementationCost.plus(other.implementationCost);
        List<YearLine> summed = new ArrayList<>();
        for (int year = 1; year <= Math.max(length(), other.length()); year++) {
            summed.add(yearOrEmpty(year).plus(other.yearOrEmpty(year)));
        }
        return new FiscalHorizon(implementation, summed);
    }

    public Currency currency() {
        return implementationCost.currency();
    }

    /** N, the number of years after go-live. */
    public int length() {
        return years.size();
    }

    /** Year t of 1..N. */
    public YearLine year(int t) {
        if (t < 1 || t > length()) {
            throw new IndexOutOfBoundsException("year " + t + " of a " + length() + "-year horizon");
        }
        return years.get(t - 1);
    }

    private YearLine yearOrEmpty(int t) {
        return t <= length() ? year(t) : YearLine.empty(currency());
    }
}
