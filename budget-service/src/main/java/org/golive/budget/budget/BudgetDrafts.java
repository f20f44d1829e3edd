package org.golive.budget.budget;

import org.golive.platform.outbox.Changed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Opens a new site's draft budgets from its template, one for each fiscal year the template's spending touches. */
public final class BudgetDrafts {

    private BudgetDrafts() {
    }

    /** The site as planning announced it. */
    public record Site(String rolloutId, String programId, String siteName, String siteType, LocalDate goLiveDate,
                       Integer beds, Integer users) {
    }

    /**
     * The site's draft budgets, one for each fiscal year its template's spending touches (and always the go-live's
     * year), each with the template's lines for its own months.
     */
    public static List<Changed<Budget>> open(Site site, FiscalCalendar calendar, String currency, Instant now) {
        int goLiveYear = calendar.fiscalYearOf(site.goLiveDate());
        List<LineDraft> template = BudgetTemplate.lines(site, Currency.getInstance(currency));
        SortedSet<Integer> years = new TreeSet<>(List.of(goLiveYear));
        template.forEach(line -> line.months().forEach(m -> years.add(calendar.fiscalYearOf(
                Given.month(m.month(), "month").atDay(1)))));
        List<Changed<Budget>> opened = new ArrayList<>();
        for (int year : years) {
            FiscalYear fiscalYear = new FiscalYear(year, calendar);
            List<LineDraft> lines = template.stream()
                    .map(line -> new LineDraft(null, line.category(), line.kind(), line.description(),
                            line.months().stream().filter(m -> fiscalYear.contains(Given.month(m.month(), "month")))
                                    .toList()))
                    .filter(line -> !line.months().isEmpty())
                    .toList();
            Budget budget = new Budget(site, year, currency, now);
            budget.reviseLines(lines, calendar);
            opened.add(Changed.of(budget, BudgetEvents.opened(budget, year == goLiveYear, now)));
        }
        return opened;
    }
}
