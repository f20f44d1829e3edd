package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.contract.budget.ActualRecorded;
import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetChangeDecided;
import org.golive.contract.budget.BudgetChangeRequested;
import org.golive.contract.budget.BudgetClosed;
import org.golive.contract.budget.BudgetLineTotal;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.budget.BudgetReturned;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.contract.budget.CommitmentRecorded;
import org.golive.contract.budget.ForecastUpdated;
import org.golive.contract.budget.PhasingShifted;
import org.golive.contract.budget.ThresholdCrossed;
import org.golive.contract.budget.ThresholdsSet;
import org.golive.platform.outbox.RaisedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The events a budget raises, in the published contract's shape (exact amounts as strings), keyed by rollout. */
final class BudgetEvents {

    private BudgetEvents() {
    }

    static RaisedEvent opened(Budget budget, boolean goLiveYear, Instant now) {
        return raised(budget, new BudgetOpened(budget.id(), budget.rolloutId(), budget.programId(),
                budget.siteName(), budget.fiscalYear(), budget.currency(), budget.status().name(), goLiveYear,
                text(budget.total()), now));
    }

    static RaisedEvent submitted(Budget budget, String by, Instant now) {
        return raised(budget, new BudgetSubmitted(budget.id(), budget.rolloutId(), budget.programId(),
                budget.fiscalYear(), budget.currency(), text(budget.total()), lines(budget), by, now));
    }

    static RaisedEvent returned(Budget budget, String reason, String by, Instant now) {
        return raised(budget, new BudgetReturned(budget.id(), budget.rolloutId(), budget.fiscalYear(), reason, by,
                now));
    }

    static RaisedEvent closed(Budget budget, String by, Instant now) {
        return raised(budget, new BudgetClosed(budget.id(), budget.rolloutId(), budget.fiscalYear(), by, now));
    }

    static RaisedEvent approved(Budget budget, Money envelopeRemaining) {
        Approval approval = budget.approval();
        return raised(budget, new BudgetApproved(budget.id(), budget.rolloutId(), budget.programId(),
                budget.fiscalYear(), budget.currency(), text(budget.total()), lines(budget),
                text(envelopeRemaining), approval.envelopeOverridden(), approval.overrideReason(),
                approval.approvedBy(), approval.approvedAt()));
    }

    static RaisedEvent shifted(Budget budget, LocalDate previousGoLive, int months, boolean clamped, Instant now) {
        return raised(budget, new PhasingShifted(budget.id(), budget.rolloutId(), budget.fiscalYear(),
                previousGoLive, budget.goLiveDate(), months, clamped, lines(budget), now));
    }

    static RaisedEvent changeRequested(Budget budget, ChangeRequest request) {
        return raised(budget, new BudgetChangeRequested(budget.id(), budget.rolloutId(), request.id(),
                request.lineId(), request.category().name(), request.month(), request.amount().toPlainString(),
                budget.currency(), request.justification(), request.requestedBy(), request.requestedAt()));
    }

    static RaisedEvent changeDecided(Budget budget, ChangeRequest request, boolean envelopeOverridden) {
        return raised(budget, new BudgetChangeDecided(budget.id(), budget.rolloutId(), request.id(),
                request.decision().name(), request.note(), request.amount().toPlainString(), text(budget.total()),
                budget.currency(), envelopeOverridden, request.decidedBy(), request.decidedAt()));
    }

    static RaisedEvent recorded(Budget budget, SpendEntry entry) {
        String amount = entry.amount().setScale(Math.max(0, budget.currencyUnit().getDefaultFractionDigits()))
                .toPlainString();
        if (entry.kind() == SpendEntry.Kind.ACTUAL) {
            return raised(budget, new ActualRecorded(budget.id(), budget.rolloutId(), entry.transactionId(),
                    entry.date(), entry.category().name(), amount, budget.currency(), entry.description(),
                    entry.vendor(), entry.reference(), entry.source(), entry.recordedBy(), entry.recordedAt()));
        }
        return raised(budget, new CommitmentRecorded(budget.id(), budget.rolloutId(), entry.transactionId(),
                entry.date(), entry.category().name(), amount, budget.currency(), entry.description(),
                entry.vendor(), entry.reference(), entry.source(), entry.recordedBy(), entry.recordedAt()));
    }

    static RaisedEvent crossed(Budget budget, SpendLedger.Crossing crossing, Instant now) {
        ThresholdKey key = crossing.key();
        SpendLedger.Position position = crossing.position();
        return raised(budget, new ThresholdCrossed(budget.id(), budget.rolloutId(), budget.programId(),
                key.isTotal() ? "TOTAL" : "CATEGORY", key.isTotal() ? null : key.category().name(), key.percent(),
                budget.currency(), text(crossing.approved()), text(position.actual()),
                text(position.openCommitments()), text(position.exposure()), now));
    }

    static RaisedEvent thresholdsSet(Budget budget, List<Integer> previous, ThresholdPercents effective, String by,
                                     Instant now) {
        return raised(budget, new ThresholdsSet("BUDGET", budget.programId(), budget.id(), budget.rolloutId(),
                budget.fiscalYear(), budget.ownThresholds(), previous, effective.values(), by, now));
    }

    static RaisedEvent forecastUpdated(Budget budget, Forecast forecast, Instant now) {
        return raised(budget, new ForecastUpdated(budget.id(), budget.rolloutId(), budget.currency(),
                text(forecast.planned()), text(forecast.estimateAtCompletion()), text(forecast.variance()),
                forecast.categories().entrySet().stream().map(e -> new ForecastUpdated.CategoryForecast(
                        e.getKey().name(), text(e.getValue().planned()), text(e.getValue().estimateAtCompletion()),
                        text(e.getValue().variance()))).toList(), now));
    }

    static RaisedEvent raised(Budget budget, Record event) {
        return RaisedEvent.of(budget.rolloutId(), event);
    }

    private static List<BudgetLineTotal> lines(Budget budget) {
        return budget.lines().stream().map(line -> new BudgetLineTotal(line.lineId(), line.category().name(),
                line.kind().name(), line.description(), text(line.total(budget.currencyUnit())),
                line.months().stream().map(m -> new BudgetLineTotal.MonthAmount(m.month().toString(),
                        text(m.amount()))).toList())).toList();
    }

    private static String text(Money money) {
        return money.amount().toPlainString();
    }
}
