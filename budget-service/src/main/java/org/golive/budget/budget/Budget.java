package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The budget of one site rollout for one fiscal year. It is the consistency boundary of its line plan
 * ({@link LinePlan}), change requests ({@link ChangeRequests}) and spend ({@link SpendLedger}), stored as one document
 * so that a change and its events are written at once; the root keeps the workflow and leaves each part its rules. Its
 * id is derived from the rollout and the year, so opening it twice (a redelivered event) finds the one that exists.
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
    private List<StoredLine> lines = new ArrayList<>();
    private int nextLineNumber;
    private Approval approval;
    private SpendLedger ledger = new SpendLedger();
    private List<ChangeRequest> changeRequests = new ArrayList<>();
    /** Thresholds of this budget's own (percent, ascending); null when it follows its program's. */
    private List<Integer> thresholds;
    /** The last of planning's rollout events applied to this budget: a redelivered one changes nothing. */
    private long planningSequence;
    /** The sequence of planning's last labour cost taken into the lines: an older or repeated one changes nothing. */
    private long labourSequence;
    /** The estimate at completion last published, so a forecast event is raised only when it changes. */
    private BigDecimal publishedEstimate;
    private Instant openedAt;

    Budget() {
    }

    /** A new draft of the site's budget for one fiscal year, without lines yet (see {@link BudgetDrafts}). */
    Budget(BudgetDrafts.Site site, int fiscalYear, String currency, Instant now) {
        this.id = site.rolloutId() + "-FY" + fiscalYear;
        this.fiscalYear = fiscalYear;
        this.rolloutId = site.rolloutId();
        this.programId = site.programId();
        this.siteName = site.siteName();
        this.siteType = site.siteType();
        this.goLiveDate = site.goLiveDate();
        this.currency = currency;
        this.status = BudgetStatus.DRAFT;
        this.openedAt = now;
    }

    /** Replaces the lines of a draft; an approved budget changes by change requests only. */
    public Changed<Budget> reviseLines(List<LineDraft> drafts, FiscalCalendar calendar) {
        status.require(BudgetStatus.DRAFT, id, "revised");
        hold(plan().revise(drafts, fiscalYear(calendar)));
        return Changed.silently(this);
    }

    public Changed<Budget> submit(String by, Instant now) {
        status.require(BudgetStatus.DRAFT, id, "submitted");
        if (plan().isEmpty()) {
            throw new RuleViolationException("lines", "A budget needs at least one line before it is submitted");
        }
        status = BudgetStatus.SUBMITTED;
        return Changed.of(this, BudgetEvents.submitted(this, by, now));
    }

    public Changed<Budget> returnToDraft(String reason, String by, Instant now) {
        status.require(BudgetStatus.SUBMITTED, id, "returned to draft");
        status = BudgetStatus.DRAFT;
        return Changed.of(this, BudgetEvents.returned(this, reason, by, now));
    }

    /** Approves a submitted budget whose room in the envelope was already reserved (see {@link BudgetApprovals}). */
    Changed<Budget> approve(Envelope.Allocation allocation, Money envelopeRemaining, String by, Instant now) {
        status.require(BudgetStatus.SUBMITTED, id, "approved");
        status = BudgetStatus.APPROVED;
        approval = new Approval(by, now, total().amount(), allocation.overrideReason() != null,
                allocation.overrideReason());
        return new Changed<>(this, withForecast(List.of(BudgetEvents.approved(this, envelopeRemaining)), now));
    }

    public Changed<Budget> close(String by, Instant now) {
        status.require(BudgetStatus.APPROVED, id, "closed");
        status = BudgetStatus.CLOSED;
        return Changed.of(this, BudgetEvents.closed(this, by, now));
    }

    public boolean hasApplied(long planningEventSequence) {
        return planningEventSequence <= planningSequence;
    }

    /**
     * Moves the unspent phasing by as many months as go-live moved (see {@link LinePlan#shift}); no event for a
     * planning event applied before, a closed budget, or a move within the same month.
     */
    public Changed<Budget> followGoLive(long sequence, LocalDate previousGoLive, LocalDate newGoLive,
                                        YearMonth currentMonth, FiscalCalendar calendar, Instant now) {
        if (hasApplied(sequence)) {
            return Changed.silently(this);
        }
        planningSequence = sequence;
        goLiveDate = newGoLive;
        int months = (int) YearMonth.from(previousGoLive).until(YearMonth.from(newGoLive), ChronoUnit.MONTHS);
        if (months == 0 || status == BudgetStatus.CLOSED || plan().isEmpty()) {
            return Changed.silently(this);
        }
        LinePlan.Shifted shifted = plan().shift(months, currentMonth, fiscalYear(calendar));
        hold(shifted.plan());
        return Changed.of(this, BudgetEvents.shifted(this, previousGoLive, months, shifted.clamped(), now));
    }

    /**
     * Replaces the planning lines of a draft with planning's labour cost ({@code sequence}: its place among the
     * rollout's labour cost events). A submitted, approved or closed budget keeps its lines: those change by the
     * workflow. Returns whether the budget took it (then it must be stored: its sequence moved, its lines may have).
     */
    public Changed<Boolean> takeLabourCost(long sequence, List<LabourLines.RoleMonth> months,
                                           FiscalCalendar calendar) {
        if (sequence <= labourSequence || status != BudgetStatus.DRAFT) {
            return Changed.silently(false);
        }
        labourSequence = sequence;
        hold(plan().withLabour(LabourLines.of(months, fiscalYear(calendar), currencyUnit())));
        return Changed.silently(true);
    }

    /** Asks to change an approved budget; finance decides. */
    Changed<ChangeRequest> requestChange(ChangeRequests.Ask ask, FiscalCalendar calendar, String by,
                                         Instant now) {
        status.require(BudgetStatus.APPROVED, id, "changed by a change request");
        ChangeRequest request = requests().open(ask, plan(), fiscalYear(calendar), id, by, now);
        changeRequests = requests().with(request).all();
        return Changed.of(request, BudgetEvents.changeRequested(this, request));
    }

    /** Rejects a pending change request: the budget stays as it is. */
    public Changed<Budget> rejectChange(String requestId, String note, String by, Instant now) {
        ChangeRequest rejected = decide(requestId, ChangeRequest.Decision.REJECTED, note, by, now);
        return Changed.of(this, BudgetEvents.changeDecided(this, rejected, false));
    }

    /** The budget's total if the pending change were approved: what the envelope must hold before it is. */
    Money totalWithChange(String requestId) {
        return plan().apply(requests().pending(requestId)).total();
    }

    /**
     * Applies a pending change to its line and month (a new line if it named none); the envelope's reservation has
     * already been moved to the new total (see {@link BudgetApprovals}), past the envelope if {@code overridden}.
     */
    Changed<Budget> approveChange(String requestId, boolean overridden, String note, String by, Instant now) {
        hold(plan().apply(requests().pending(requestId)));
        ChangeRequest approved = decide(requestId, ChangeRequest.Decision.APPROVED, note, by, now);
        return new Changed<>(this, withForecast(List.of(BudgetEvents.changeDecided(this, approved, overridden)), now));
    }

    private ChangeRequest decide(String requestId, ChangeRequest.Decision decision, String note, String by,
                                 Instant now) {
        ChangeRequest decided = requests().pending(requestId).decided(decision, note, by, now);
        changeRequests = requests().with(decided).all();
        return decided;
    }

    /**
     * Books commitments and actuals, each once: an event each, and one for each threshold newly passed (this budget's
     * own thresholds, else {@code programThresholds}).
     */
    public Changed<Booking> book(List<SpendEntry> batch, List<Integer> programThresholds, FiscalCalendar calendar,
                                 Instant now) {
        if (status == BudgetStatus.CLOSED) {
            throw new ConflictException("Budget " + id + " is closed: its spend is final");
        }
        LinePlan plan = plan();
        Booking booking = ledger.book(batch, new SpendRules(id, plan, fiscalYear(calendar))::refusal);
        if (booking.recorded().isEmpty()) {
            return Changed.silently(booking);
        }
        List<RaisedEvent> events = new ArrayList<>(booking.recorded().stream()
                .map(entry -> BudgetEvents.recorded(this, entry)).toList());
        if (status == BudgetStatus.APPROVED) {
            ledger.crossings(plan, thresholds(new ThresholdPercents(programThresholds)).values())
                    .forEach(c -> events.add(BudgetEvents.crossed(this, c, now)));
        }
        return new Changed<>(booking, withForecast(events, now));
    }

    /**
     * Sets this budget's own thresholds, or with {@code own} null returns it to its program's. Spend already past a
     * new threshold of an approved budget is announced at once, in the same write.
     */
    Changed<Budget> setThresholds(ThresholdPercents own, ThresholdPercents program, String by, Instant now) {
        if (status == BudgetStatus.CLOSED) {
            throw new ConflictException("Budget " + id + " is closed: its spend is final");
        }
        List<Integer> previous = thresholds;
        thresholds = own == null ? null : own.values();
        List<RaisedEvent> events = new ArrayList<>();
        events.add(BudgetEvents.thresholdsSet(this, previous, thresholds(program), by, now));
        events.addAll(crossingsUnder(program, now));
        return new Changed<>(this, events);
    }

    /** After its program's thresholds changed: announces what spend already passed, unless it has its own. */
    Changed<Budget> reassessThresholds(ThresholdPercents program, Instant now) {
        return thresholds != null ? Changed.silently(this) : new Changed<>(this, crossingsUnder(program, now));
    }

    private List<RaisedEvent> crossingsUnder(ThresholdPercents program, Instant now) {
        if (status != BudgetStatus.APPROVED) {
            return List.of();
        }
        return ledger.crossings(plan(), thresholds(program).values()).stream()
                .map(c -> BudgetEvents.crossed(this, c, now)).toList();
    }

    /** The thresholds that apply to this budget: its own, else its program's. */
    public ThresholdPercents thresholds(ThresholdPercents program) {
        return thresholds == null ? program : new ThresholdPercents(thresholds);
    }

    /** This budget's own thresholds, or null when it follows its program's. */
    public List<Integer> ownThresholds() {
        return thresholds == null ? null : List.copyOf(thresholds);
    }

    public Forecast forecast() {
        return Forecast.of(plan(), ledger);
    }

    /** The events, and a forecast event if the change moved the estimate at completion since the last published. */
    private List<RaisedEvent> withForecast(List<RaisedEvent> raised, Instant now) {
        List<RaisedEvent> events = new ArrayList<>(raised);
        Forecast forecast = forecast();
        if (forecast.movedFrom(publishedEstimate)) {
            publishedEstimate = forecast.estimateAtCompletion().amount();
            events.add(BudgetEvents.forecastUpdated(this, forecast, now));
        }
        return events;
    }

    private LinePlan plan() {
        return new LinePlan(currencyUnit(), StoredLine.read(lines, currencyUnit()), nextLineNumber);
    }

    private void hold(LinePlan plan) {
        lines = new ArrayList<>(StoredLine.of(plan.lines()));
        nextLineNumber = plan.nextLineNumber();
    }

    private ChangeRequests requests() {
        return new ChangeRequests(changeRequests);
    }

    public FiscalYear fiscalYear(FiscalCalendar calendar) {
        return new FiscalYear(fiscalYear, calendar);
    }

    /** Whether this is the budget of the fiscal year the site goes live in. */
    public boolean isGoLiveYear(FiscalCalendar calendar) {
        return fiscalYear(calendar).contains(goLiveDate);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/budget/budgets/" + id;
    }

    public String rolloutId() { return rolloutId; }
    public String programId() { return programId; }
    public String siteName() { return siteName; }
    public String siteType() { return siteType; }
    public LocalDate goLiveDate() { return goLiveDate; }
    public int fiscalYear() { return fiscalYear; }
    public String currency() { return currency; }
    public Currency currencyUnit() { return Currency.getInstance(currency); }
    public BudgetStatus status() { return status; }
    public Instant openedAt() { return openedAt; }
    public Approval approval() { return approval; }
    public SpendLedger ledger() { return ledger; }
    public List<ChangeRequest> changeRequests() { return List.copyOf(changeRequests); }
    public List<BudgetLine> lines() { return plan().lines(); }
    public Money total() { return plan().total(); }

    /** What the plan holds for a category: once approved, what the category may spend. */
    public Money approvedFor(Category category) { return plan().plannedFor(category); }
}
