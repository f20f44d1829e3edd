package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** What the budget API answers: amounts as exact decimal strings with their currency. */
final class BudgetViews {

    private BudgetViews() {
    }

    record MoneyView(String amount, String currency) {
        static MoneyView of(Money money) {
            return new MoneyView(money.amount().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    record LineView(String lineId, Category category, SpendKind kind, String description, MoneyView total,
                    List<BudgetLine.PlannedMonth> months) {
    }

    record BudgetView(String id, String rolloutId, String programId, String siteName, String siteType,
                      LocalDate goLiveDate, int fiscalYear, String currency, BudgetStatus status, MoneyView total,
                      List<LineView> lines, Budget.Approval approval, Instant openedAt, long version) {
        static BudgetView of(Budget b) {
            return new BudgetView(b.id(), b.rolloutId(), b.programId(), b.siteName(), b.siteType(), b.goLiveDate(),
                    b.fiscalYear(), b.currency(), b.status(), MoneyView.of(b.total()),
                    b.lines().stream().map(l -> new LineView(l.lineId(), l.category(), l.kind(), l.description(),
                            MoneyView.of(l.total(b.currencyUnit())), l.months())).toList(),
                    b.approval(), b.openedAt(), b.version());
        }
    }

    record AllocationView(String budgetId, String rolloutId, MoneyView amount, String overrideReason,
                          String allocatedBy, Instant allocatedAt) {
    }

    record EnvelopeView(String programId, int fiscalYear, MoneyView amount, MoneyView allocated, MoneyView remaining,
                        List<AllocationView> allocations, long version) {
        static EnvelopeView of(Envelope e) {
            Currency currency = Currency.getInstance(e.currency());
            return new EnvelopeView(e.programId(), e.fiscalYear(), MoneyView.of(Money.of(e.amount(), currency)),
                    MoneyView.of(e.allocated()), MoneyView.of(e.remaining()),
                    e.allocations().stream().map(a -> new AllocationView(a.budgetId(), a.rolloutId(),
                            MoneyView.of(Money.of(a.amount(), currency)), a.overrideReason(), a.allocatedBy(),
                            a.allocatedAt())).toList(), e.version());
        }
    }
}
