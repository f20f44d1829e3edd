package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The budget of one site rollout for one fiscal year. It is the consistency boundary of its line plan
 * ({@link LinePlan}), change requests ({@link ChangeRequests}) and spend ({@link SpendLedger}), stored as one document
 * so that a change and its events are written at once. The root keeps the approval workflow and the stored fields;
 * the commands on each part are in {@link BudgetChanges}, {@link BudgetSpend}, {@link BudgetThresholds} and
 * {@link BudgetFromPlanning}, which change the fields through the package-private methods below. Its id is derived
 * from the rollout and the year, so opening it twice (a redelivered event) finds the one that exists.
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

    /** The commands that follow planning's go-live moves and labour cost ({@link BudgetFromPlanning}). */
    public BudgetFromPlanning planning() {
        return new BudgetFromPlanning(this);
    }

    /** The change requests of the approved budget ({@link BudgetChanges}). */
    BudgetChanges changes() {
        return new BudgetChanges(this);
    }

    /** The booking of commitments and actuals ({@link BudgetSpend}). */
    public BudgetSpend spend() {
        return new BudgetSpend(this);
    }

    /** The thresholds spend is measured against ({@link BudgetThresholds}). */
    BudgetThresholds thresholdRules() {
        return new BudgetThresholds(this);
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
    List<RaisedEvent> withForecast(List<RaisedEvent> raised, Instant now) {
        List<RaisedEvent> events = new ArrayList<>(raised);
        Forecast forecast = forecast();
        if (forecast.movedFrom(publishedEstimate)) {
            publishedEstimate = forecast.estimateAtCompletion().amount();
            events.add(BudgetEvents.forecastUpdated(this, forecast, now));
        }
        return events;
    }

    // The parts' access to the stored fields: the commands above read and replace them here, and the document keeps
    // the shape it always had.

    LinePlan plan() {
        return new LinePlan(currencyUnit(), StoredLine.read(lines, currencyUnit()), nextLineNumber);
    }

    void hold(LinePlan plan) {
        lines = new ArrayList<>(StoredLine.of(plan.lines()));
        nextLineNumber = plan.nextLineNumber();
    }

    ChangeRequests requests() {
        return new ChangeRequests(changeRequests);
    }

    void hold(ChangeRequests requests) {
        changeRequests = requests.all();
    }

    void holdOwnThresholds(List<Integer> own) {
        thresholds = own;
    }

    /** Planning's event {@code sequence} is applied: it moved go-live to {@code goLive}. */
    void applied(long sequence, LocalDate goLive) {
        planningSequence = sequence;
        goLiveDate = goLive;
    }

    long labourSequence() {
        return labourSequence;
    }

    void tookLabourCost(long sequence) {
        labourSequence = sequence;
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
