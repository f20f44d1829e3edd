package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Currency;
import java.util.List;

/**
 * Budgets in the states the rules talk about, for unit tests. The site goes live on 15 October 2027, so its budget is
 * FY2028 (July 2027 to June 2028) with a July fiscal year.
 */
final class BudgetMother {

    static final FiscalCalendar JULY = new FiscalCalendar(Month.JULY);
    static final Currency USD = Currency.getInstance("USD");
    static final Instant NOW = Instant.parse("2027-08-02T09:00:00Z");
    static final LocalDate GO_LIVE = LocalDate.of(2027, 10, 15);
    static final BudgetDrafts.Site SITE = new BudgetDrafts.Site("r-1", "p-1", "Mercy Clinic", "CLINIC", GO_LIVE,
            null, null);

    private BudgetMother() {
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static LineDraft line(Category category, String month, String amount) {
        return new LineDraft(null, category, null, null, List.of(new LineDraft.Month(month, new BigDecimal(amount))));
    }

    /** A draft with 100,000 for interfaces in August and 100,000 for training in September. */
    static Budget draft() {
        return draftWith(line(Category.INTERFACES, "2027-08", "100000"), line(Category.TRAINING, "2027-09", "100000"));
    }

    static Budget draftWith(LineDraft... lines) {
        Budget budget = new Budget(SITE, 2028, "USD", NOW);
        budget.reviseLines(List.of(lines), JULY);
        return budget;
    }

    static Budget submitted() {
        Budget budget = draft();
        budget.submit("pm", NOW);
        return budget;
    }

    /** {@link #draft()} submitted and approved inside its envelope. */
    static Budget approved() {
        Budget budget = submitted();
        budget.approve(new Envelope.Allocation(budget.id(), budget.rolloutId(), budget.total().amount(), null,
                "finance", NOW), usd("300000"), "finance", NOW);
        return budget;
    }

    static Budget closed() {
        Budget budget = approved();
        budget.close("finance", NOW);
        return budget;
    }

    static SpendEntry actual(String transactionId, String date, Category category, String amount) {
        return entry(transactionId, SpendEntry.Kind.ACTUAL, date, category, amount, null, null);
    }

    static SpendEntry commitment(String transactionId, String date, Category category, String amount) {
        return entry(transactionId, SpendEntry.Kind.COMMITMENT, date, category, amount, null, null);
    }

    static SpendEntry entry(String transactionId, SpendEntry.Kind kind, String date, Category category,
                            String amount, String reference, String lineId) {
        return new SpendEntry(transactionId, kind, LocalDate.parse(date), category, new BigDecimal(amount), null,
                "Vendor", reference, "api", "finance", NOW, lineId);
    }
}
