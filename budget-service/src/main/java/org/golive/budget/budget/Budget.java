package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetChangeDecided;
import org.golive.contract.budget.BudgetChangeRequested;
import org.golive.contract.budget.BudgetClosed;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.budget.BudgetReturned;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.contract.budget.ForecastUpdated;
import org.golive.contract.budget.PhasingShifted;
import org.golive.contract.budget.ThresholdCrossed;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The budget of one site rollout for one fiscal year. Its id is derived from the rollout and the year, so opening it
 * twice (a redelivered event) can only ever find the one that exists.
 */
@Document("budgets")
public class Budget extends Aggregate {

    @Id
    private String id;
    @Indexed
    private String rolloutId;
    private String programId;
    private String siteName;
    private String siteType;
    private LocalDate goLiveDate;
    private int fiscalYear;
    private String currency;
    private BudgetStatus status;
    private List<BudgetLine> lines = new ArrayList<>();
    private int nextLineNumber;
    private Approval approval;
    private SpendLedger ledger = new SpendLedger();
    private List<ChangeRequest> changeRequests = new ArrayList<>();
    /** The last of planning's rollout events applied to this budget: a redelivered one changes nothing. */
    private long planningSequence;
    /** The estimate at completion last published, so a forecast event is raised only when it changes. */
    private BigDecimal publishedEstimate;
    private Instant openedAt;

    Budget() {
    }

    public record Opened(Budget budget, RaisedEvent event) {
    }

    public record Site(String rolloutId, String programId, String siteName, String siteType, LocalDate goLiveDate,
                       Integer beds, Integer users) {
    }

    /**
     * The site's draft budgets, one for each fiscal year its template's spending touches (and always the go-live's
     * year), each with the template's lines for its own months.
     */
    public static List<Opened> openDrafts(Site site, FiscalCalendar calendar, String currency, Instant now) {
        int goLiveYear = calendar.fiscalYearOf(site.goLiveDate());
        List<LineDraft> template = BudgetTemplate.lines(site, Currency.getInstance(currency));
        SortedSet<Integer> years = new TreeSet<>(List.of(goLiveYear));
        template.forEach(line -> line.months().forEach(m -> years.add(calendar.fiscalYearOf(
                m.yearMonth().atDay(1)))));
        List<Opened> opened = new ArrayList<>();
        for (int year : years) {
            List<LineDraft> lines = template.stream()
                    .map(line -> new LineDraft(null, line.category(), line.kind(), line.description(),
                            line.months().stream().filter(m -> calendar.fiscalYearOf(m.yearMonth().atDay(1)) == year)
                                    .toList()))
                    .filter(line -> !line.months().isEmpty())
                    .toList();
            opened.add(openDraft(site, year, year == goLiveYear, lines, calendar, currency, now));
        }
        return opened;
    }

    private static Opened openDraft(Site site, int fiscalYear, boolean goLiveYear, List<LineDraft> lines,
                                    FiscalCalendar calendar, String currency, Instant now) {
        Budget budget = new Budget();
        budget.fiscalYear = fiscalYear;
        budget.id = idOf(site.rolloutId(), fiscalYear);
        budget.rolloutId = site.rolloutId();
        budget.programId = site.programId();
        budget.siteName = site.siteName();
        budget.siteType = site.siteType();
        budget.goLiveDate = site.goLiveDate();
        budget.currency = currency;
        budget.status = BudgetStatus.DRAFT;
        budget.openedAt = now;
        budget.reviseLines(lines, calendar);
        return new Opened(budget, RaisedEvent.of(site.rolloutId(), new BudgetOpened(budget.id, site.rolloutId(),
                site.programId(), site.siteName(), fiscalYear, currency, budget.status.name(), goLiveYear,
                budget.total().amount().toPlainString(), now)));
    }

    /** Whether this is the budget of the fiscal year the site goes live in. */
    public boolean isGoLiveYear(FiscalCalendar calendar) {
        return calendar.fiscalYearOf(goLiveDate) == fiscalYear;
    }

    /** Who approved the budget, when, and whether it fitted the program's envelope or was let past it. */
    public record Approval(String approvedBy, Instant approvedAt, BigDecimal total, boolean envelopeOverridden,
                           String overrideReason) {
    }

    /** A line as a planner gives it; the id is kept when it names an existing line, given otherwise. */
    public record LineDraft(String lineId, Category category, SpendKind kind, String description,
                            List<BudgetLine.PlannedMonth> months) {
    }

    // --- the workflow ------------------------------------------------------------------------------------------------

    /** Replaces the lines of a draft; an approved budget changes by change requests only. */
    public void reviseLines(List<LineDraft> drafts, FiscalCalendar calendar) {
        requireStatus(BudgetStatus.DRAFT, "revised");
        Currency money = currencyUnit();
        List<BudgetLine> revised = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            LineDraft draft = drafts.get(i);
            String field = "lines[" + i + "]";
            String lineId = draft.lineId() == null || draft.lineId().isBlank() ? "l-" + (++nextLineNumber)
                    : draft.lineId().strip();
            if (!ids.add(lineId)) {
                throw new RuleViolationException(field + ".lineId", "Two lines share the id " + lineId);
            }
            Set<String> months = new HashSet<>();
            for (int m = 0; m < draft.months().size(); m++) {
                BudgetLine.PlannedMonth planned = draft.months().get(m);
                String at = field + ".months[" + m + "]";
                YearMonth month = month(planned.month(), at + ".month");
                if (calendar.fiscalYearOf(month.atDay(1)) != fiscalYear) {
                    throw new RuleViolationException(at + ".month", month + " lies outside FY" + fiscalYear
                            + ", the fiscal year of this budget");
                }
                if (!months.add(month.toString())) {
                    throw new RuleViolationException(at + ".month", month + " is planned twice on this line");
                }
                Money amount = amount(planned.amount(), money, at + ".amount");
                if (amount.isNegative()) {
                    throw new RuleViolationException(at + ".amount", "A planned amount cannot be negative");
                }
            }
            revised.add(new BudgetLine(lineId, draft.category(),
                    draft.kind() == null ? draft.category().usualKind() : draft.kind(), draft.description(),
                    draft.months().stream().sorted(Comparator.comparing(BudgetLine.PlannedMonth::month)).toList()));
        }
        lines = revised;
    }

    public RaisedEvent submit(String by, Instant now) {
        requireStatus(BudgetStatus.DRAFT, "submitted");
        if (lines.isEmpty()) {
            throw new RuleViolationException("lines", "A budget needs at least one line before it is submitted");
        }
        status = BudgetStatus.SUBMITTED;
        return RaisedEvent.of(rolloutId, new BudgetSubmitted(id, rolloutId, programId, fiscalYear, currency,
                total().amount().toPlainString(), BudgetEvents.lines(this), by, now));
    }

    public RaisedEvent returnToDraft(String reason, String by, Instant now) {
        requireStatus(BudgetStatus.SUBMITTED, "returned to draft");
        status = BudgetStatus.DRAFT;
        return RaisedEvent.of(rolloutId, new BudgetReturned(id, rolloutId, fiscalYear, reason, by, now));
    }

    /** Approves a submitted budget whose room in the envelope was already reserved (see {@link BudgetApprovals}). */
    List<RaisedEvent> approve(Envelope.Allocation allocation, Money envelopeRemaining, String by, Instant now) {
        requireStatus(BudgetStatus.SUBMITTED, "approved");
        status = BudgetStatus.APPROVED;
        approval = new Approval(by, now, total().amount(), allocation.overrideReason() != null,
                allocation.overrideReason());
        List<RaisedEvent> events = new ArrayList<>();
        events.add(RaisedEvent.of(rolloutId, new BudgetApproved(id, rolloutId, programId, fiscalYear, currency,
                total().amount().toPlainString(), BudgetEvents.lines(this), envelopeRemaining.amount().toPlainString(),
                approval.envelopeOverridden(), approval.overrideReason(), by, now)));
        forecastChange(now).ifPresent(events::add);
        return events;
    }

    public RaisedEvent close(String by, Instant now) {
        requireStatus(BudgetStatus.APPROVED, "closed");
        status = BudgetStatus.CLOSED;
        return RaisedEvent.of(rolloutId, new BudgetClosed(id, rolloutId, fiscalYear, by, now));
    }

    // --- following the plan ------------------------------------------------------------------------------------------

    /**
     * Moves the unspent phasing (this month and later) by as many months as go-live moved, so the budget follows the
     * plan. Months that would leave the fiscal year stay at its first or last month: the other year's budget is
     * another document, and finance re-plans across years by hand. Returns no event for an event applied before, a
     * closed budget, or a move within the same month.
     */
    public boolean hasApplied(long planningEventSequence) {
        return planningEventSequence <= planningSequence;
    }

    public Optional<RaisedEvent> followGoLive(long sequence, LocalDate previousGoLive, LocalDate newGoLive,
                                              YearMonth currentMonth, FiscalCalendar calendar, Instant now) {
        if (sequence <= planningSequence) {
            return Optional.empty();
        }
        planningSequence = sequence;
        goLiveDate = newGoLive;
        int months = (int) YearMonth.from(previousGoLive).until(YearMonth.from(newGoLive),
                ChronoUnit.MONTHS);
        if (months == 0 || status == BudgetStatus.CLOSED || lines.isEmpty()) {
            return Optional.empty();
        }
        YearMonth first = YearMonth.from(calendar.firstDay(fiscalYear));
        YearMonth last = YearMonth.from(calendar.lastDay(fiscalYear));
        boolean clamped = false;
        List<BudgetLine> shifted = new ArrayList<>();
        for (BudgetLine line : lines) {
            Map<String, BigDecimal> byMonth = new TreeMap<>();
            for (BudgetLine.PlannedMonth planned : line.months()) {
                YearMonth month = planned.yearMonth();
                YearMonth target = month.isBefore(currentMonth) ? month : month.plusMonths(months);
                if (target.isBefore(first) || target.isAfter(last)) {
                    clamped = true;
                    target = target.isBefore(first) ? first : last;
                }
                byMonth.merge(target.toString(), planned.amount(), BigDecimal::add);
            }
            shifted.add(new BudgetLine(line.lineId(), line.category(), line.kind(), line.description(),
                    byMonth.entrySet().stream().map(e -> new BudgetLine.PlannedMonth(e.getKey(), e.getValue()))
                            .toList()));
        }
        lines = shifted;
        return Optional.of(RaisedEvent.of(rolloutId, new PhasingShifted(id, rolloutId, fiscalYear, previousGoLive,
                newGoLive, months, clamped, BudgetEvents.lines(this), now)));
    }

    // --- change requests -----------------------------------------------------------------------------------------

    /** Asks to change an approved budget; finance decides. */
    public RaisedEvent requestChange(String lineId, Category category, String month, BigDecimal amount,
                                     String justification, FiscalCalendar calendar, String by, Instant now) {
        requireStatus(BudgetStatus.APPROVED, "changed by a change request");
        Category target = category;
        if (lineId != null) {
            target = lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                    .orElseThrow(() -> new RuleViolationException("lineId", "Budget " + id + " has no line " + lineId))
                    .category();
        } else if (category == null) {
            throw new RuleViolationException("category", "Name the line to change, or the category of a new line");
        }
        YearMonth yearMonth = month(month, "month");
        if (calendar.fiscalYearOf(yearMonth.atDay(1)) != fiscalYear) {
            throw new RuleViolationException("month", yearMonth + " lies outside FY" + fiscalYear
                    + ", the fiscal year of this budget");
        }
        Money delta = amount(amount, currencyUnit(), "amount");
        if (delta.isZero()) {
            throw new RuleViolationException("amount", "A change of zero changes nothing");
        }
        ChangeRequest request = new ChangeRequest("cr-" + (changeRequests.size() + 1), lineId, target,
                yearMonth.toString(), delta.amount(), justification, by, now, ChangeRequest.Decision.PENDING, null,
                null, null);
        changeRequests.add(request);
        return RaisedEvent.of(rolloutId, new BudgetChangeRequested(id, rolloutId, request.id(), lineId, target.name(),
                request.month(), delta.amount().toPlainString(), currency, justification, by, now));
    }

    public ChangeRequest changeRequest(String requestId) {
        return changeRequests.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Change request", requestId));
    }

    /** Rejects a pending change request: the budget stays as it is. */
    public RaisedEvent rejectChange(String requestId, String note, String by, Instant now) {
        ChangeRequest request = pending(requestId);
        replace(request.decided(ChangeRequest.Decision.REJECTED, note, by, now));
        return RaisedEvent.of(rolloutId, new BudgetChangeDecided(id, rolloutId, requestId, "REJECTED", note,
                request.amount().toPlainString(), total().amount().toPlainString(), currency, false, by, now));
    }

    /**
     * Applies a pending change to its line and month (a new line if it named none); the envelope's reservation has
     * already been raised or lowered to match (see {@link BudgetApprovals}).
     */
    void applyChange(String requestId, String note, String by, Instant now) {
        ChangeRequest request = pending(requestId);
        String lineId = request.lineId() != null ? request.lineId() : "l-" + (++nextLineNumber);
        List<BudgetLine> changed = new ArrayList<>(lines);
        BudgetLine line = changed.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElse(new BudgetLine(lineId, request.category(), request.category().usualKind(),
                        request.justification(), List.of()));
        BigDecimal current = line.months().stream().filter(m -> m.month().equals(request.month()))
                .map(BudgetLine.PlannedMonth::amount).findFirst().orElse(BigDecimal.ZERO);
        BigDecimal updated = current.add(request.amount());
        if (updated.signum() < 0) {
            throw new RuleViolationException("amount", "The change would leave " + request.month() + " of line "
                    + lineId + " negative (" + updated.toPlainString() + ")");
        }
        List<BudgetLine.PlannedMonth> months = new ArrayList<>(line.months().stream()
                .filter(m -> !m.month().equals(request.month())).toList());
        months.add(new BudgetLine.PlannedMonth(request.month(), updated));
        months.sort(Comparator.comparing(BudgetLine.PlannedMonth::month));
        BudgetLine revised = new BudgetLine(lineId, line.category(), line.kind(), line.description(), months);
        changed.removeIf(l -> l.lineId().equals(lineId));
        changed.add(revised);
        lines = changed;
        replace(request.decided(ChangeRequest.Decision.APPROVED, note, by, now));
    }

    /** The events of an applied change, once the envelope has said whether it fitted: the plan moved the forecast. */
    List<RaisedEvent> changeApproved(String requestId, boolean envelopeOverridden) {
        ChangeRequest request = changeRequest(requestId);
        List<RaisedEvent> events = new ArrayList<>();
        events.add(RaisedEvent.of(rolloutId, new BudgetChangeDecided(id, rolloutId, requestId, "APPROVED",
                request.note(), request.amount().toPlainString(), total().amount().toPlainString(), currency,
                envelopeOverridden, request.decidedBy(), request.decidedAt())));
        forecastChange(request.decidedAt()).ifPresent(events::add);
        return events;
    }

    ChangeRequest pending(String requestId) {
        ChangeRequest request = changeRequest(requestId);
        if (request.decision() != ChangeRequest.Decision.PENDING) {
            throw new ConflictException("Change request " + requestId + " was already " + request.decision());
        }
        return request;
    }

    private void replace(ChangeRequest request) {
        changeRequests.replaceAll(r -> r.id().equals(request.id()) ? request : r);
    }

    public List<ChangeRequest> changeRequests() {
        return List.copyOf(changeRequests);
    }

    // --- commitments and actuals -----------------------------------------------------------------------------------

    /**
     * What booking a batch did: the entries new to the budget, those booked before with the same values (a re-import)
     * and those that clash with an earlier booking of the same transaction id.
     */
    public record Booking(List<SpendEntry> recorded, List<SpendEntry> alreadyRecorded, List<SpendEntry> clashing,
                          List<Refusal> refused, List<RaisedEvent> events) {
    }

    /** An entry the budget cannot take, and why (a line it does not have, or of another category). */
    public record Refusal(SpendEntry entry, String field, String message) {
    }

    /** Books commitments and actuals, and raises a threshold event for each share of the approved budget passed. */
    public Booking book(List<SpendEntry> batch, List<Integer> thresholds, Instant now) {
        if (status == BudgetStatus.CLOSED) {
            throw new ConflictException("Budget " + id + " is closed: its spend is final");
        }
        if (ledger.size() + batch.size() > SpendLedger.MAX_ENTRIES) {
            throw new RuleViolationException("entries", "A budget holds at most " + SpendLedger.MAX_ENTRIES
                    + " commitments and actuals; split the fiscal year's spend or archive it");
        }
        List<SpendEntry> recorded = new ArrayList<>();
        List<SpendEntry> again = new ArrayList<>();
        List<SpendEntry> clashing = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        List<RaisedEvent> events = new ArrayList<>();
        for (SpendEntry entry : batch) {
            String lineProblem = lineProblem(entry);
            if (lineProblem != null) {
                refused.add(new Refusal(entry, "lineId", lineProblem));
                continue;
            }
            var earlier = ledger.find(entry.transactionId());
            if (earlier.isPresent()) {
                (earlier.get().sameAs(entry) ? again : clashing).add(entry);
                continue;
            }
            Budget.amount(entry.amount(), currencyUnit(), "amount");
            ledger.add(entry);
            recorded.add(entry);
            events.add(RaisedEvent.of(rolloutId, BudgetEvents.recorded(this, entry)));
        }
        if (!recorded.isEmpty()) {
            events.addAll(crossings(thresholds, now));
            forecastChange(now).ifPresent(events::add);
        }
        return new Booking(recorded, again, clashing, refused, events);
    }

    private String lineProblem(SpendEntry entry) {
        if (entry.lineId() == null) {
            return null;
        }
        Optional<BudgetLine> line = lines.stream().filter(l -> l.lineId().equals(entry.lineId())).findFirst();
        if (line.isEmpty()) {
            return "Budget " + id + " has no line " + entry.lineId();
        }
        return line.get().category() == entry.category() ? null
                : "Line " + entry.lineId() + " is a " + line.get().category() + " line, not " + entry.category();
    }

    public Forecast forecast() {
        return Forecast.of(this);
    }

    /** A forecast event when the estimate at completion moved since the last one published. */
    Optional<RaisedEvent> forecastChange(Instant now) {
        Forecast forecast = forecast();
        BigDecimal estimate = forecast.estimateAtCompletion().amount();
        if (publishedEstimate != null && publishedEstimate.compareTo(estimate) == 0) {
            return Optional.empty();
        }
        publishedEstimate = estimate;
        return Optional.of(RaisedEvent.of(rolloutId, new ForecastUpdated(id, rolloutId, currency,
                forecast.planned().amount().toPlainString(), estimate.toPlainString(),
                forecast.variance().amount().toPlainString(), forecast.categories().entrySet().stream()
                .map(e -> new ForecastUpdated.CategoryForecast(e.getKey().name(),
                        e.getValue().planned().amount().toPlainString(),
                        e.getValue().estimateAtCompletion().amount().toPlainString(),
                        e.getValue().variance().amount().toPlainString())).toList(), now)));
    }

    /** Each threshold passed since the last booking, in total and per category; only an approved budget has any. */
    private List<RaisedEvent> crossings(List<Integer> thresholds, Instant now) {
        if (status != BudgetStatus.APPROVED) {
            return List.of();
        }
        List<RaisedEvent> events = new ArrayList<>();
        Currency unit = currencyUnit();
        Map<Category, SpendLedger.Position> positions = ledger.byCategory(unit);
        for (int percent : thresholds) {
            cross("TOTAL:" + percent, null, percent, total(), ledger.total(unit), now).ifPresent(events::add);
            for (Category category : Category.values()) {
                Money approved = approvedFor(category);
                if (approved.isPositive()) {
                    cross("CATEGORY:" + category + ":" + percent, category, percent, approved,
                            positions.get(category), now).ifPresent(events::add);
                }
            }
        }
        return events;
    }

    private Optional<RaisedEvent> cross(String key, Category category, int percent, Money approved,
                                        SpendLedger.Position position, Instant now) {
        boolean past = position.exposure().compareTo(approved.percent(BigDecimal.valueOf(percent))) >= 0;
        if (!ledger.mark(key, past)) {
            return Optional.empty();
        }
        return Optional.of(RaisedEvent.of(rolloutId, new ThresholdCrossed(id, rolloutId, programId,
                category == null ? "TOTAL" : "CATEGORY", category == null ? null : category.name(), percent,
                currency, approved.amount().toPlainString(), position.actual().amount().toPlainString(),
                position.openCommitments().amount().toPlainString(), position.exposure().amount().toPlainString(),
                now)));
    }

    public Money approvedFor(Category category) {
        Money sum = Money.zero(currencyUnit());
        for (BudgetLine line : lines) {
            if (line.category() == category) {
                sum = sum.plus(line.total(currencyUnit()));
            }
        }
        return sum;
    }

    public SpendLedger ledger() {
        return ledger;
    }

    public Money total() {
        Money total = Money.zero(currencyUnit());
        for (BudgetLine line : lines) {
            total = total.plus(line.total(currencyUnit()));
        }
        return total;
    }

    public Currency currencyUnit() {
        return Currency.getInstance(currency);
    }

    private void requireStatus(BudgetStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("Budget " + id + " is " + status + "; only a " + expected + " budget can be "
                    + action + (status == BudgetStatus.APPROVED ? " (an approved budget changes by change requests)"
                    : ""));
        }
    }

    private static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(field, "A month is written 2027-03, not " + value);
        }
    }

    static Money amount(BigDecimal value, Currency currency, String field) {
        if (value == null) {
            throw new RuleViolationException(field, "An amount is required");
        }
        try {
            return Money.of(value, currency);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(field, e.getMessage());
        }
    }

    static String idOf(String rolloutId, int fiscalYear) {
        return rolloutId + "-FY" + fiscalYear;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/budget/budgets/" + id;
    }

    public String rolloutId() {
        return rolloutId;
    }

    public String programId() {
        return programId;
    }

    public String siteName() {
        return siteName;
    }

    public String siteType() {
        return siteType;
    }

    public LocalDate goLiveDate() {
        return goLiveDate;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String currency() {
        return currency;
    }

    public BudgetStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<BudgetLine> lines() {
        return List.copyOf(lines);
    }

    public Approval approval() {
        return approval;
    }
}
