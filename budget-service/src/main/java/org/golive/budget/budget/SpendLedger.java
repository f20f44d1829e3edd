package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The commitments and actuals of one budget, kept in the budget's own document so that a whole import, its events
 * and the thresholds it crosses are written at once. Exposure is what the site has spent or is bound to spend:
 * actuals plus what is still open on each commitment once the invoices quoting it are deducted.
 */
public class SpendLedger {

    static final int MAX_ENTRIES = 20_000;

    private List<SpendEntry> entries = new ArrayList<>();
    private List<String> crossed = new ArrayList<>();

    /** Actual, open commitments and exposure, in total or for one category. */
    public record Position(Money actual, Money openCommitments, Money exposure) {
    }

    Optional<SpendEntry> find(String transactionId) {
        return entries.stream().filter(e -> e.transactionId().equals(transactionId)).findFirst();
    }

    void add(SpendEntry entry) {
        entries.add(entry);
    }

    int size() {
        return entries.size();
    }

    public Position total(Currency currency) {
        return position(currency, entry -> true);
    }

    public Map<Category, Position> byCategory(Currency currency) {
        Map<Category, Position> positions = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            positions.put(category, position(currency, entry -> entry.category() == category));
        }
        return positions;
    }

    /** The position of the entries {@code belongs} picks; invoices draw their purchase orders down wherever booked. */
    Position position(Currency currency, Predicate<SpendEntry> belongs) {
        Map<String, BigDecimal> invoiced = new HashMap<>();
        BigDecimal actual = BigDecimal.ZERO;
        for (SpendEntry entry : entries) {
            if (entry.kind() == SpendEntry.Kind.ACTUAL && belongs.test(entry)) {
                actual = actual.add(entry.amount());
            }
            if (entry.kind() == SpendEntry.Kind.ACTUAL && entry.reference() != null) {
                invoiced.merge(entry.reference(), entry.amount(), BigDecimal::add);
            }
        }
        BigDecimal open = BigDecimal.ZERO;
        for (SpendEntry entry : entries) {
            if (entry.kind() == SpendEntry.Kind.COMMITMENT && belongs.test(entry)) {
                BigDecimal left = entry.amount().subtract(invoiced.getOrDefault(entry.commitmentNumber(),
                        BigDecimal.ZERO));
                open = open.add(left.max(BigDecimal.ZERO));
            }
        }
        Money actualMoney = Money.of(actual, currency);
        Money openMoney = Money.of(open, currency);
        return new Position(actualMoney, openMoney, actualMoney.plus(openMoney));
    }

    /** Whether a threshold (e.g. "TOTAL:90") was crossed and has not fallen back below since. */
    boolean isCrossed(String threshold) {
        return crossed.contains(threshold);
    }

    /** Records where exposure now stands against a threshold; true when this is a new crossing. */
    boolean mark(String threshold, boolean past) {
        if (past && !crossed.contains(threshold)) {
            crossed.add(threshold);
            return true;
        }
        if (!past) {
            crossed.remove(threshold);
        }
        return false;
    }

    List<SpendEntry> entries() {
        return List.copyOf(entries);
    }
}
