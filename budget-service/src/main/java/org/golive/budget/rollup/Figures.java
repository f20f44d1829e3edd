package org.golive.budget.rollup;

import org.golive.budget.budget.Forecast;
import org.golive.budget.money.Money;

import java.util.Currency;

/**
 * A budget's money in the roll-up's six figures: planned (its lines, whatever its status), approved (the same, once
 * finance approved it; closed ones included), committed (still open on its purchase orders), actual, forecast (the
 * estimate at completion) and variance (planned minus forecast: negative is an overrun). Sums stay exact.
 */
record Figures(Money planned, Money approved, Money committed, Money actual, Money forecast, Money variance) {

    static Figures zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new Figures(zero, zero, zero, zero, zero, zero);
    }

    static Figures of(Forecast.Line line, boolean approved) {
        return new Figures(line.planned(), approved ? line.planned() : Money.zero(line.planned().currency()),
                line.openCommitments(), line.actual(), line.estimateAtCompletion(), line.variance());
    }

    Figures plus(Figures other) {
        return new Figures(planned.plus(other.planned), approved.plus(other.approved),
                committed.plus(other.committed), actual.plus(other.actual), forecast.plus(other.forecast),
                variance.plus(other.variance));
    }

    /** What is spent or bound to be: actual plus open commitments. */
    Money exposure() {
        return actual.plus(committed);
    }
}
