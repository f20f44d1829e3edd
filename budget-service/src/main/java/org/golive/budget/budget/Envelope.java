package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.contract.budget.EnvelopeSet;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What a program may approve across its site budgets in one fiscal year, and what it has approved. An approval
 * first reserves its amount here, in one version-checked write, so two approvals at the same moment can never both
 * fit into the last room of the envelope.
 */
@Document("envelopes")
public class Envelope extends Aggregate {

    @Id
    private String id;
    private String programId;
    private int fiscalYear;
    private String currency;
    private BigDecimal amount;
    private List<Allocation> allocations = new ArrayList<>();

    Envelope() {
    }

    /** A budget's share of the envelope; {@code overrideReason} is set when finance approved past the envelope. */
    public record Allocation(String budgetId, String rolloutId, BigDecimal amount, String overrideReason,
                             String allocatedBy, Instant allocatedAt) {
    }

    static String idOf(String programId, int fiscalYear) {
        return programId + "-FY" + fiscalYear;
    }

    static Envelope open(String programId, int fiscalYear, Currency currency) {
        Envelope envelope = new Envelope();
        envelope.id = idOf(programId, fiscalYear);
        envelope.programId = programId;
        envelope.fiscalYear = fiscalYear;
        envelope.currency = currency.getCurrencyCode();
        return envelope;
    }

    Changed<Envelope> set(Money newAmount, String by, Instant now) {
        if (!newAmount.currency().getCurrencyCode().equals(currency)) {
            throw new RuleViolationException("currency", "The program's budgets are kept in " + currency + ", not "
                    + newAmount.currency().getCurrencyCode());
        }
        if (newAmount.isNegative()) {
            throw new RuleViolationException("amount", "An envelope cannot be negative");
        }
        BigDecimal previous = amount;
        amount = newAmount.amount();
        return Changed.of(this, RaisedEvent.of(programId, new EnvelopeSet(programId, fiscalYear, currency,
                amount.toPlainString(), previous == null ? null : previous.toPlainString(), by, now)));
    }

    /**
     * Reserves a budget's total, replacing any earlier reservation of the same budget (a retried approval, a changed
     * total). Past the envelope only with an override reason. Raises no event: the budget's approval announces it.
     */
    Changed<Envelope> allocate(String budgetId, String rolloutId, Money total, String overrideReason, String by,
                               Instant now) {
        Money others = allocatedExcept(budgetId);
        Money afterwards = others.plus(total);
        boolean fits = afterwards.compareTo(money(amount)) <= 0;
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (!fits && reason == null) {
            throw new RuleViolationException("envelope", "Approving " + total + " would take program " + programId
                    + " over its FY" + fiscalYear + " envelope of " + money(amount) + " by "
                    + afterwards.minus(money(amount)) + " (" + others + " already approved). A finance user may"
                    + " approve it anyway with an override reason.");
        }
        allocations.removeIf(a -> a.budgetId().equals(budgetId));
        allocations.add(new Allocation(budgetId, rolloutId, total.amount(), fits ? null : reason, by, now));
        return Changed.silently(this);
    }

    /**
     * Gives back a budget's reservation (its approval failed or it went back to draft); the result says whether it
     * had one.
     */
    Changed<Boolean> release(String budgetId) {
        return Changed.silently(allocations.removeIf(a -> a.budgetId().equals(budgetId)));
    }

    public Money remaining() {
        return money(amount).minus(allocatedExcept(null));
    }

    public Money allocated() {
        return allocatedExcept(null);
    }

    private Money allocatedExcept(String budgetId) {
        Money sum = Money.zero(Currency.getInstance(currency));
        for (Allocation allocation : allocations) {
            if (!allocation.budgetId().equals(budgetId)) {
                sum = sum.plus(money(allocation.amount()));
            }
        }
        return sum;
    }

    private Money money(BigDecimal value) {
        return Money.of(value == null ? BigDecimal.ZERO : value, Currency.getInstance(currency));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/budget/envelopes/" + id;
    }

    public String programId() {
        return programId;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public List<Allocation> allocations() {
        return List.copyOf(allocations);
    }
}
