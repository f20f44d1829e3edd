package org.golive.budget.budget;

import org.golive.contract.budget.BudgetOpened;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

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
    private Instant openedAt;

    Budget() {
    }

    public record Opened(Budget budget, RaisedEvent event) {
    }

    public record Site(String rolloutId, String programId, String siteName, String siteType, LocalDate goLiveDate) {
    }

    /** A draft budget for the fiscal year of the site's go-live. */
    public static Opened openDraft(Site site, FiscalCalendar calendar, String currency, Instant now) {
        Budget budget = new Budget();
        budget.fiscalYear = calendar.fiscalYearOf(site.goLiveDate());
        budget.id = idOf(site.rolloutId(), budget.fiscalYear);
        budget.rolloutId = site.rolloutId();
        budget.programId = site.programId();
        budget.siteName = site.siteName();
        budget.siteType = site.siteType();
        budget.goLiveDate = site.goLiveDate();
        budget.currency = currency;
        budget.status = BudgetStatus.DRAFT;
        budget.openedAt = now;
        return new Opened(budget, RaisedEvent.of(site.rolloutId(), new BudgetOpened(budget.id, site.rolloutId(),
                site.programId(), site.siteName(), budget.fiscalYear, currency, budget.status.name(), now)));
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
}
