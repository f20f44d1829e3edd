package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
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

    /** A planned month as the API has always written it: {@code {"month": "2027-03", "amount": 12500.00}}. */
    record MonthView(String month, BigDecimal amount) {
    }

    /** @param origin PLANNING for planning's labour lines (kept by planning, not editable here), else MANUAL */
    record LineView(String lineId, Category category, ExpenditureType kind, String description, MoneyView total,
                    List<MonthView> months, LineOrigin origin) {
        static LineView of(BudgetLine line, Currency currency) {
            return new LineView(line.lineId(), line.category(), line.kind(), line.description(),
                    MoneyView.of(line.total(currency)), line.months().stream()
                    .map(m -> new MonthView(m.month().toString(), m.amount().amount())).toList(), line.origin());
        }
    }

    record ApprovalView(String approvedBy, Instant approvedAt, BigDecimal total, boolean envelopeOverridden,
                        String overrideReason) {
        static ApprovalView of(Approval a) {
            return a == null ? null : new ApprovalView(a.approvedBy(), a.approvedAt(), a.total(),
                    a.envelopeOverridden(), a.overrideReason());
        }
    }

    record BudgetView(String id, String rolloutId, String programId, String siteName, String siteType,
                      LocalDate goLiveDate, int fiscalYear, String currency, BudgetStatus status, MoneyView total,
                      List<LineView> lines, ApprovalView approval, Instant openedAt, long version) {
        static BudgetView of(Budget b) {
            return new BudgetView(b.id(), b.rolloutId(), b.programId(), b.siteName(), b.siteType(), b.goLiveDate(),
                    b.fiscalYear(), b.currency(), b.status(), MoneyView.of(b.total()),
                    b.lines().stream().map(l -> LineView.of(l, b.currencyUnit())).toList(),
                    ApprovalView.of(b.approval()), b.openedAt(), b.version());
        }
    }

    record ChangeRequestView(String id, String lineId, Category category, String month, BigDecimal amount,
                             String justification, String requestedBy, Instant requestedAt,
                             ChangeRequest.Decision decision, String note, String decidedBy, Instant decidedAt) {
        static ChangeRequestView of(ChangeRequest r) {
            return new ChangeRequestView(r.id(), r.lineId(), r.category(), r.month(), r.amount(), r.justification(),
                    r.requestedBy(), r.requestedAt(), r.decision(), r.note(), r.decidedBy(), r.decidedAt());
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
