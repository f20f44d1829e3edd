package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.platform.problem.RuleViolationException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The commitments and actuals of one budget, kept in the budget's own document so that a whole import, its events
 * and the thresholds it crosses are written at once. Exposure is what the site has spent or is bound to spend:
 * actuals plus what is still open on each commitment once the invoices quoting it are deducted.
 */
public class SpendLedger {

    static final int MAX_ENTRIES = 20_000;

    private List<SpendEntry> entries = new ArrayList<>();
    /** The thresholds crossed and not fallen back below since, by {@link ThresholdKey#stored()}. */
    private List<String> crossed = new ArrayList<>();

    /** Actual, open commitments and exposure, in total or for one category. */
    public record Position(Money actual, Money openCommitments, Money exposure) {
    }

    /** A threshold newly crossed: the approved amount it is a share of, and where spend stands against it. */
    record Crossing(ThresholdKey key, Money approved, Position position) {
    }

    /**
     * Books each entry {@code refusal} does not refuse, once: an entry booked before is set aside as a repeat (same
     * values) or a clash (other values), never booked twice.
     */
    Booking book(List<SpendEntry> batch, Function<SpendEntry, Optional<Booking.Refusal>> refusal) {
        if (entries.size() + batch.size() > MAX_ENTRIES) {
            throw new RuleViolationException("entries", "A budget holds at most " + MAX_ENTRIES
                    + " commitments and actuals; split the fiscal year's spend or archive it");
        }
        List<SpendEntry> recorded = new ArrayList<>();
        List<SpendEntry> again = new ArrayList<>();
        List<SpendEntry> clashing = new ArrayList<>();
        List<Booking.Refusal> refused = new ArrayList<>();
        for (SpendEntry entry : batch) {
            Optional<Booking.Refusal> refusedAs = refusal.apply(entry);
            Optional<SpendEntry> earlier = find(entry.transactionId());
            if (refusedAs.isPresent()) {
                refused.add(refusedAs.get());
            } else if (earlier.isPresent()) {
                (earlier.get().sameAs(entry) ? again : clashing).add(entry);
            } else {
                entries.add(entry);
                recorded.add(entry);
            }
        }
        return new Booking(recorded, again, clashing, refused);
    }

    private Optional<SpendEntry> find(String transactionId) {
        return entries.stream().filter(e -> e.transactionId().equals(transactionId)).findFirst();
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

    /** Actuals by the month of their transaction date. */
    SortedMap<YearMonth, Money> actualsByMonth(Currency currency) {
        SortedMap<YearMonth, Money> byMonth = new TreeMap<>();
        entries.stream().filter(entry -> entry.kind() == SpendEntry.Kind.ACTUAL).forEach(entry -> byMonth.merge(
                YearMonth.from(entry.date()), Money.of(entry.amount(), currency), Money::plus));
        return byMonth;
    }

    /**
     * Each share of the approved plan that exposure has passed since the last look, in total and per planned
     * category. A threshold fallen back below (a credit note) is forgotten, so crossing it again is news again.
     */
    List<Crossing> crossings(LinePlan plan, List<Integer> percents) {
        Currency unit = plan.currency();
        Map<Category, Position> positions = byCategory(unit);
        List<Crossing> crossings = new ArrayList<>();
        for (int percent : percents) {
            cross(ThresholdKey.total(percent), plan.total(), total(unit)).ifPresent(crossings::add);
            for (Category category : Category.values()) {
                Money approved = plan.plannedFor(category);
                if (approved.isPositive()) {
                    cross(ThresholdKey.of(category, percent), approved, positions.get(category))
                            .ifPresent(crossings::add);
                }
            }
        }
        return crossings;
    }

    private Optional<Crossing> cross(ThresholdKey key, Money approved, Position position) {
        boolean past = position.exposure().compareTo(approved.percent(BigDecimal.valueOf(key.percent()))) >= 0;
        boolean isNew = past && !crossed.contains(key.stored());
        if (isNew) {
            crossed.add(key.stored());
        } else if (!past) {
            crossed.remove(key.stored());
        }
        return isNew ? Optional.of(new Crossing(key, approved, position)) : Optional.empty();
    }

    /** The thresholds spend has passed and not fallen back below since. */
    List<ThresholdKey> crossedKeys() {
        return crossed.stream().map(ThresholdKey::parse).toList();
    }

    boolean isCrossed(ThresholdKey key) {
        return crossed.contains(key.stored());
    }

    List<SpendEntry> entries() {
        return List.copyOf(entries);
    }
}
