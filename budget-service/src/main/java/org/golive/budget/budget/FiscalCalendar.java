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
}
