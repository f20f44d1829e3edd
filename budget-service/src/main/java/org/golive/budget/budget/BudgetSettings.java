package org.golive.budget.budget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Month;
import java.util.Currency;

/**
 * {@code golive.budget.*}: the fiscal year's first month and the currency new budgets are kept in.
 */
@ConfigurationProperties("golive.budget")
public record BudgetSettings(@DefaultValue("JULY") Month fiscalYearStart, @DefaultValue("USD") Currency currency) {

    public FiscalCalendar fiscalCalendar() {
        return new FiscalCalendar(fiscalYearStart);
    }
}
