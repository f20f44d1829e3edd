package org.golive.tracking.benefits;

import org.bson.Document;
import org.golive.contract.budget.AssumedBenefitsUpdated;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.ProgramUpdated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.StrategicGoal;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.intake.RebuiltProjection;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What benefits needs to know from planning, kept in its own read model (rebuildable from the events): each program's
 * strategic goals, and each site's program, wave, name, go-live date (months before its month are baselines) and the
 * goals it serves; from budget, the benefits the site's fiscal plan assumes by year after go-live.
 */
@Component
@Order(6)
class BenefitsProjection implements RebuiltProjection {

    static final String PROGRAMS = "benefits_programs";
    static final String SITES = "benefits_sites";

    private final AppliedEvents applied;
    private final ReadModels readModels;

    BenefitsProjection(AppliedEvents applied, ReadModels readModels) {
        this.applied = applied;
        this.readModels = readModels;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions
                .on(ProgramCreated.class, (event, p) -> goals(event, p.programId(), p.name(), p.goals()))
                .on(ProgramUpdated.class, (event, p) -> goals(event, p.programId(), p.name(), p.goals()))
                .on(RolloutCreated.class, this::rolloutCreated)
                .on(RolloutUpdated.class, this::rolloutUpdated)
                .on(GoLiveRescheduled.class, (event, moved) -> applied.apply(event, readModels.collection(SITES),
                        moved.rolloutId(), new Update().set("goLiveDate", moved.goLiveDate().toString())))
                .on(AssumedBenefitsUpdated.class, this::assumedBenefits);
    }

    /** The benefits the site's fiscal plan assumes by year after go-live: what the realized ones are held against. */
    private void assumedBenefits(IncomingEvent event, AssumedBenefitsUpdated assumed) {
        List<Document> years = assumed.years().stream()
                .map(y -> new Document("year", y.year()).append("total", y.total())).toList();
        applied.apply(event, readModels.collection(SITES), assumed.rolloutId(), new Update()
                .set("assumedBenefits", new Document("currency", assumed.currency()).append("years", years)));
    }

    private void goals(IncomingEvent event, String programId, String name, List<StrategicGoal> goals) {
        List<Document> stored = (goals == null ? List.<StrategicGoal>of() : goals).stream()
                .map(g -> new Document("goalId", g.goalId()).append("category", g.category())
                        .append("statement", g.statement()).append("kpi", g.kpi())).toList();
        applied.apply(event, readModels.collection(PROGRAMS), programId,
                new Update().set("name", name).set("goals", stored));
    }

    private void rolloutCreated(IncomingEvent event, RolloutCreated rollout) {
        applied.apply(event, readModels.collection(SITES), rollout.rolloutId(), new Update()
                .set("programId", rollout.programId())
                .set("siteName", rollout.siteName())
                .set("waveId", rollout.waveId())
                .set("goLiveDate", rollout.goLiveDate().toString())
                .set("goalIds", rollout.goalIds() == null ? List.of() : rollout.goalIds()));
    }

    private void rolloutUpdated(IncomingEvent event, RolloutUpdated rollout) {
        applied.apply(event, readModels.collection(SITES), rollout.rolloutId(), new Update()
                .set("programId", rollout.programId())
                .set("siteName", rollout.siteName())
                .set("waveId", rollout.waveId())
                .set("goalIds", rollout.goalIds() == null ? List.of() : rollout.goalIds()));
    }
}
