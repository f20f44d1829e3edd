package org.golive.tracking.portfolio;

import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetClosed;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.budget.BudgetReturned;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.ProgramUpdated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.WaveCreated;
import org.golive.contract.planning.WaveUpdated;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.intake.RebuiltProjection;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Builds the portfolio read model. Every effect goes through {@link AppliedEvents}, so a redelivered event (after a
 * crash, a rebalance or a producer retry) never counts twice. Planning and budget events travel on different topics
 * and may arrive in any order between them: each effect only sets the fields it owns.
 */
@Component
@Order(1)
class PortfolioProjection implements RebuiltProjection {

    static final String ROLLOUTS = "portfolio_rollouts";
    static final String PROGRAMS = "portfolio_programs";

    private final AppliedEvents applied;
    private final ReadModels readModels;

    PortfolioProjection(AppliedEvents applied, ReadModels readModels) {
        this.applied = applied;
        this.readModels = readModels;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions
                .on(ProgramCreated.class, this::programCreated)
                .on(WaveCreated.class, this::waveCreated)
                .on(RolloutCreated.class, this::rolloutCreated)
                .on(ProgramUpdated.class, this::programUpdated)
                .on(WaveUpdated.class, this::waveUpdated)
                .on(RolloutUpdated.class, this::rolloutUpdated)
                .on(GoLiveRescheduled.class, this::goLiveRescheduled)
                .on(BudgetOpened.class, this::budgetOpened)
                .on(BudgetSubmitted.class, (event, budget) -> budgetStatus(event, budget.rolloutId(),
                        budget.budgetId(), "SUBMITTED", budget.total()))
                .on(BudgetApproved.class, (event, budget) -> budgetStatus(event, budget.rolloutId(),
                        budget.budgetId(), "APPROVED", budget.total()))
                .on(BudgetReturned.class, (event, budget) -> budgetStatus(event, budget.rolloutId(),
                        budget.budgetId(), "DRAFT", null))
                .on(BudgetClosed.class, (event, budget) -> budgetStatus(event, budget.rolloutId(),
                        budget.budgetId(), "CLOSED", null));
    }

    void programCreated(IncomingEvent event, ProgramCreated program) {
        applied.apply(event, readModels.collection(PROGRAMS), program.programId(), new Update()
                .set("name", program.name())
                .set("sponsor", program.sponsor()));
    }

    void waveCreated(IncomingEvent event, WaveCreated wave) {
        applied.apply(event, readModels.collection(PROGRAMS), wave.programId(), new Update()
                .set("waves." + wave.waveId(), new org.bson.Document("name", wave.name())
                        .append("sequence", wave.sequence())));
    }

    void rolloutCreated(IncomingEvent event, RolloutCreated rollout) {
        applied.apply(event, readModels.collection(ROLLOUTS), rollout.rolloutId(), new Update()
                .set("programId", rollout.programId())
                .set("programName", rollout.programName())
                .set("waveId", rollout.waveId())
                .set("waveName", rollout.waveName())
                .set("siteName", rollout.siteName())
                .set("siteType", rollout.siteType())
                .set("goLiveDate", rollout.goLiveDate().toString())
                .set("beds", rollout.beds())
                .set("users", rollout.users()));
        applied.apply(event, readModels.collection(PROGRAMS), rollout.programId(), new Update()
                .setOnInsert("name", rollout.programName())
                .inc("rolloutCount", 1)
                .inc("sitesByType." + rollout.siteType(), 1));
    }

    void programUpdated(IncomingEvent event, ProgramUpdated program) {
        applied.apply(event, readModels.collection(PROGRAMS), program.programId(), new Update()
                .set("name", program.name())
                .set("sponsor", program.sponsor()));
    }

    void waveUpdated(IncomingEvent event, WaveUpdated wave) {
        applied.apply(event, readModels.collection(PROGRAMS), wave.programId(), new Update()
                .set("waves." + wave.waveId() + ".name", wave.name()));
    }

    /**
     * The site's new details; when its type changed, the program's count by type moves with it (counted under the
     * rollout's own source, so a redelivered update moves nothing twice).
     */
    void rolloutUpdated(IncomingEvent event, RolloutUpdated rollout) {
        applied.apply(event, readModels.collection(ROLLOUTS), rollout.rolloutId(), new Update()
                .set("waveId", rollout.waveId())
                .set("waveName", rollout.waveName())
                .set("siteName", rollout.siteName())
                .set("siteType", rollout.siteType())
                .set("beds", rollout.beds())
                .set("users", rollout.users()));
        if (rollout.previousSiteType() != null && !rollout.previousSiteType().equals(rollout.siteType())) {
            applied.apply(event, readModels.collection(PROGRAMS), rollout.programId(), new Update()
                    .inc("sitesByType." + rollout.previousSiteType(), -1)
                    .inc("sitesByType." + rollout.siteType(), 1));
        }
    }

    /** The portfolio shows the current go-live and how often it moved: a site that keeps slipping stands out. */
    void goLiveRescheduled(IncomingEvent event, GoLiveRescheduled moved) {
        applied.apply(event, readModels.collection(ROLLOUTS), moved.rolloutId(), new Update()
                .set("goLiveDate", moved.goLiveDate().toString())
                .set("previousGoLiveDate", moved.previousGoLiveDate().toString())
                .inc("goLiveMoves", 1));
    }

    /** The portfolio shows where each of a site's budgets (one per fiscal year) stands, and its total. */
    void budgetStatus(IncomingEvent event, String rolloutId, String budgetId, String status, String total) {
        Update update = new Update().set("budgets." + budgetId + ".status", status);
        if (total != null) {
            update.set("budgets." + budgetId + ".total", total);
        }
        applied.apply(event, readModels.collection(ROLLOUTS), rolloutId, update);
    }

    void budgetOpened(IncomingEvent event, BudgetOpened budget) {
        applied.apply(event, readModels.collection(ROLLOUTS), budget.rolloutId(), new Update()
                .set("budgets." + budget.budgetId(), new org.bson.Document("budgetId", budget.budgetId())
                        .append("fiscalYear", budget.fiscalYear())
                        .append("status", budget.status())
                        .append("currency", budget.currency())
                        .append("total", budget.total())
                        // events from before multi-year budgets carry no flag: their one budget was the go-live's
                        .append("goLiveYear", !Boolean.FALSE.equals(budget.goLiveYear()))));
    }
}
