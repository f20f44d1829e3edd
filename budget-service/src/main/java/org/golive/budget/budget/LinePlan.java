package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.platform.problem.RuleViolationException;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The lines of a budget and their phasing over the months of its fiscal year. A value: every change returns a new
 * plan, which the budget then holds. {@code nextLineNumber} numbers the lines it names itself ("l-3").
 */
record LinePlan(Currency currency, List<BudgetLine> lines, int nextLineNumber) {

    LinePlan {
        lines = List.copyOf(lines);
    }

    static LinePlan empty(Currency currency) {
        return new LinePlan(currency, List.of(), 0);
    }

    /**
     * The drafts checked and made the plan's manual lines: months inside the fiscal year, each once, none negative.
     * Planning's labour lines stay as planning computed them: a draft may name one only to leave it unchanged (a form
     * sending every line back), and ids with planning's prefix are not for manual lines.
     */
    LinePlan revise(List<LineDraft> drafts, FiscalYear year) {
        int number = nextLineNumber;
        List<BudgetLine> revised = new ArrayList<>(lines.stream().filter(l -> l.origin() == LineOrigin.PLANNING)
                .toList());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            LineDraft draft = drafts.get(i);
            String field = "lines[" + i + "]";
            String lineId = draft.lineId() == null || draft.lineId().isBlank() ? "l-" + (++number)
                    : draft.lineId().strip();
            if (!ids.add(lineId)) {
                throw new RuleViolationException(field + ".lineId", "Two lines share the id " + lineId);
            }
            BudgetLine line = new BudgetLine(lineId, draft.category(),
                    draft.kind() == null ? draft.category().usualKind() : draft.kind(), draft.description(),
                    phasing(draft.months(), year, field));
            Optional<BudgetLine> planning = revised.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
            if (planning.isPresent() && !sameFigures(planning.get(), line)) {
                throw new RuleViolationException(field, "Line " + lineId + " is planning's labour cost: it follows"
                        + " the assignments and rates in planning, not edits here");
            }
            if (planning.isEmpty() && lineId.startsWith(LabourLines.PREFIX)) {
                throw new RuleViolationException(field + ".lineId", "Ids starting with " + LabourLines.PREFIX
                        + " are planning's labour lines");
            }
            if (planning.isEmpty()) {
                revised.add(line);
            }
        }
        return new LinePlan(currency, revised, number);
    }

    private static boolean sameFigures(BudgetLine planning, BudgetLine draft) {
        return planning.category() == draft.category() && planning.kind() == draft.kind()
                && planning.months().equals(draft.months());
    }

    /** Planning's labour lines replaced whole by {@code labour}; manual lines untouched. */
    LinePlan withLabour(List<BudgetLine> labour) {
        List<BudgetLine> replaced = new ArrayList<>(lines.stream()
                .filter(l -> l.origin() != LineOrigin.PLANNING).toList());
        replaced.addAll(labour);
        return new LinePlan(currency, replaced, nextLineNumber);
    }

    private List<PlannedMonth> phasing(List<LineDraft.Month> drafts, FiscalYear year, String field) {
        List<PlannedMonth> months = new ArrayList<>();
        Set<YearMonth> seen = new HashSet<>();
        for (int m = 0; m < drafts.size(); m++) {
            LineDraft.Month draft = drafts.get(m);
            String at = field + ".months[" + m + "]";
            YearMonth month = Given.month(draft.month(), at + ".month");
            year.require(month, at + ".month");
            if (!seen.add(month)) {
                throw new RuleViolationException(at + ".month", month + " is planned twice on this line");
            }
            Money amount = Given.money(draft.amount(), currency, at + ".amount");
            if (amount.isNegative()) {
                throw new RuleViolationException(at + ".amount", "A planned amount cannot be negative");
            }
            months.add(new PlannedMonth(month, amount));
        }
        return months;
    }

    /** A plan moved by {@link #shift}, and whether some month had to stay at an end of the fiscal year. */
    record Shifted(LinePlan plan, boolean clamped) {
    }

    /**
     * Moves the unspent phasing (from {@code currentMonth} on) by {@code months}. Months that would leave the fiscal
     * year stay at its first or last month: the other year's budget is another document, and finance re-plans across
     * years by hand.
     */
    Shifted shift(int months, YearMonth currentMonth, FiscalYear year) {
        boolean clamped = false;
        List<BudgetLine> shifted = new ArrayList<>();
        for (BudgetLine line : lines) {
            Map<YearMonth, Money> byMonth = new TreeMap<>();
            for (PlannedMonth planned : line.months()) {
                YearMonth target = planned.month().isBefore(currentMonth) ? planned.month()
                        : planned.month().plusMonths(months);
                clamped |= !year.contains(target);
                byMonth.merge(year.clamp(target), planned.amount(), Money::plus);
            }
            shifted.add(line.withMonths(byMonth.entrySet().stream()
                    .map(e -> new PlannedMonth(e.getKey(), e.getValue())).toList()));
        }
        return new Shifted(new LinePlan(currency, shifted, nextLineNumber), clamped);
    }

    /**
     * Adds an approved change to its line and month, or to a new line of its category when it names none. Refused
     * when it would leave the month negative.
     */
    LinePlan apply(ChangeRequest change) {
        int number = nextLineNumber;
        String lineId = change.lineId() != null ? change.lineId() : "l-" + (++number);
        BudgetLine line = line(lineId).orElse(new BudgetLine(lineId, change.category(),
                change.category().usualKind(), change.justification(), List.of()));
        YearMonth month = change.yearMonth();
        Money updated = line.plannedIn(month).orElse(Money.zero(currency)).plus(change.delta(currency));
        if (updated.isNegative()) {
            throw new RuleViolationException("amount", "The change would leave " + month + " of line " + lineId
                    + " negative (" + updated.amount().toPlainString() + ")");
        }
        List<PlannedMonth> months = new ArrayList<>(line.months().stream()
                .filter(m -> !m.month().equals(month)).toList());
        months.add(new PlannedMonth(month, updated));
        List<BudgetLine> changed = new ArrayList<>(lines);
        changed.removeIf(l -> l.lineId().equals(lineId));
        changed.add(line.withMonths(months));
        return new LinePlan(currency, changed, number);
    }

    Optional<BudgetLine> line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    Money total() {
        return Money.sum(currency, lines.stream().map(line -> line.total(currency)).toList());
    }

    Money plannedFor(Category category) {
        return Money.sum(currency, lines.stream().filter(line -> line.category() == category)
                .map(line -> line.total(currency)).toList());
    }

    /** Whether {@code line} is the only line of its category: then spend naming no line counts on it. */
    boolean onlyLineOf(BudgetLine line) {
        return lines.stream().filter(l -> l.category() == line.category()).count() == 1;
    }

    /** The whole plan by month, across lines. */
    SortedMap<YearMonth, Money> byMonth() {
        SortedMap<YearMonth, Money> byMonth = new TreeMap<>();
        lines.forEach(line -> line.months().forEach(m -> byMonth.merge(m.month(), m.amount(), Money::plus)));
        return byMonth;
    }
}
