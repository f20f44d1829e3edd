package org.golive.budget.budget;

import org.golive.platform.problem.RuleViolationException;

import java.time.LocalDate;
import java.time.YearMonth;

/** The fiscal year a budget covers: every month it plans and every transaction it books lies inside it. */
public record FiscalYear(int year, FiscalCalendar calendar) {

    public YearMonth firstMonth() {
        return YearMonth.from(calendar.firstDay(year));
    }

    public YearMonth lastMonth() {
        return YearMonth.from(calendar.lastDay(year));
    }

    public LocalDate firstDay() {
        return calendar.firstDay(year);
    }

    public LocalDate lastDay() {
        return calendar.lastDay(year);
    }

    public boolean contains(LocalDate date) {
        return calendar.fiscalYearOf(date) == year;
    }

    public boolean contains(YearMonth month) {
        return contains(month.atDay(1));
    }

    /** The month itself, or the first or last month of the year when it lies before or after it. */
    YearMonth clamp(YearMonth month) {
        return month.isBefore(firstMonth()) ? firstMonth() : month.isAfter(lastMonth()) ? lastMonth() : month;
    }

    /** Refuses a month outside the year, naming the field that gave it. */
    void require(YearMonth month, String field) {
        if (!contains(month)) {
            throw new RuleViolationException(field, outside(month));
        }
    }

    String outside(Object monthOrDate) {
        return monthOrDate + " lies outside FY" + year + ", the fiscal year of this budget";
    }
}
