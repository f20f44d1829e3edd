package org.golive.localstack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where and when the demo books a site's actual cost to date: most of it before the weeks the demo's status reports
 * cover, the rest week by week in them, so the reports' cost performance moves from week to week. Each booking goes
 * to the site's budget whose fiscal year holds its date; a date in no budget's year moves to the nearest day of one
 * (the end of an earlier budget's year, else the start of the first), since a budget books nothing outside its year.
 * Pure, with today given, so it can be run at any date of the year.
 */
final class DemoSpending {

    /** The share booked before the reported weeks; each reported week takes an equal part of the rest. */
    static final BigDecimal BEFORE_REPORTS = new BigDecimal("0.70");

    /** One of the site's approved budgets. */
    record Budget(String id, int fiscalYear) {
    }

    record Booking(String budgetId, LocalDate date, BigDecimal amount) {
    }

    private final Month fiscalYearStart;

    DemoSpending(Month fiscalYearStart) {
        this.fiscalYearStart = fiscalYearStart;
    }

    /**
     * @param actualToDate what the site has spent, in the currency's minor units (scale 2)
     * @param weeks        the weeks the status reports cover, the last one ending a week before today's
     */
    List<Booking> bookings(List<Budget> budgets, BigDecimal actualToDate, LocalDate today, int weeks) {
        if (budgets.isEmpty() || actualToDate.signum() <= 0) {
            return List.of();
        }
        List<Budget> byYear = budgets.stream().sorted(Comparator.comparingInt(Budget::fiscalYear)).toList();
        BigDecimal weekly = actualToDate.subtract(actualToDate.multiply(BEFORE_REPORTS))
                .divide(BigDecimal.valueOf(weeks), 2, RoundingMode.DOWN);
        List<Booking> bookings = new ArrayList<>();
        // Mondays: every week's Monday lies before its Friday, the day a report's figures are taken on.
        LocalDate thisMonday = today.with(DayOfWeek.MONDAY);
        BigDecimal before = actualToDate.subtract(weekly.multiply(BigDecimal.valueOf(weeks)));
        add(bookings, byYear, thisMonday.minusWeeks(weeks + 2L), before);
        for (int back = weeks; back >= 1; back--) {
            add(bookings, byYear, thisMonday.minusWeeks(back), weekly);
        }
        return bookings;
    }

    private void add(List<Booking> bookings, List<Budget> byYear, LocalDate wanted, BigDecimal amount) {
        if (amount.signum() <= 0) {
            return;
        }
        int year = fiscalYearOf(wanted);
        for (Budget budget : byYear) {
            if (budget.fiscalYear() == year) {
                bookings.add(new Booking(budget.id(), wanted, amount));
                return;
            }
        }
        Budget earlier = byYear.stream().filter(b -> b.fiscalYear() < year).reduce((a, b) -> b).orElse(null);
        Budget booked = earlier != null ? earlier : byYear.get(0);
        LocalDate date = earlier != null ? firstDay(earlier.fiscalYear() + 1).minusDays(1)
                : firstDay(booked.fiscalYear());
        bookings.add(new Booking(booked.id(), date, amount));
    }

    /** Named after the calendar year it ends in, as budget-service names fiscal years. */
    int fiscalYearOf(LocalDate date) {
        if (fiscalYearStart == Month.JANUARY) {
            return date.getYear();
        }
        return date.getMonthValue() >= fiscalYearStart.getValue() ? date.getYear() + 1 : date.getYear();
    }

    LocalDate firstDay(int fiscalYear) {
        return fiscalYearStart == Month.JANUARY ? LocalDate.of(fiscalYear, 1, 1)
                : LocalDate.of(fiscalYear - 1, fiscalYearStart, 1);
    }
}
