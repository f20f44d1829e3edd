package org.golive.budget.budget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Month;
import java.util.Currency;
import java.util.List;

/**
 * {@code golive.budget.*}: the fiscal year's first month, the currency new budgets are kept in, and the shares of an
 * approved budget (percent) whose crossing by spend raises a threshold event.
 */
@ConfigurationProperties("golive.budget")
public record BudgetSettings(@DefaultValue("JULY") Month fiscalYearStart, @DefaultValue("USD") Currency currency,
                             @DefaultValue({"90", "100"}) List<Integer> thresholds) {

    public FiscalCalendar fiscalCalendar() {
        return new FiscalCalendar(fiscalYearStart);
    }
}
