package org.golive.budget.budget;

import java.time.LocalDate;
import java.time.Month;

/**
 * The health system's fiscal year. A fiscal year is named after the calendar year in which it ends, the usual
 * convention in US health care: with a July start, FY2027 runs from 1 July 2026 to 30 June 2027.
 */
public record FiscalCalendar(Month firstMonth) {

    public int fiscalYearOf(LocalDate date) {
        if (firstMonth == Month.JANUARY) {
            return date.getYear();
        }
        return date.getMonthValue() >= firstMonth.getValue() ? date.getYear() + 1 : date.getYear();
    }

    /** The first day of fiscal year {@code fiscalYear}. */
    public LocalDate firstDay(int fiscalYear) {
        return firstMonth == Month.JANUARY ? LocalDate.of(fiscalYear, 1, 1)
                : LocalDate.of(fiscalYear - 1, firstMonth, 1);
    }

    public LocalDate lastDay(int fiscalYear) {
        return firstDay(fiscalYear).plusYears(1).minusDays(1);
    }
}
