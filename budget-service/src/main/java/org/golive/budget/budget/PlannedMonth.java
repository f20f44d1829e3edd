package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.time.YearMonth;

/** The amount a line plans to spend in one month. */
public record PlannedMonth(YearMonth month, Money amount) {
}
