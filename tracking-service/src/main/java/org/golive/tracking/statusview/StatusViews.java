package org.golive.tracking.statusview;

import org.bson.Document;
import org.golive.tracking.health.JudgementsWriter;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.intake.FigureWrites;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.status.KeptStatuses;
import org.golive.tracking.status.RolloutStatus;
import org.golive.tracking.status.StatusCalculator;
import org.golive.tracking.status.TrackedPlan;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Each rollout's status on its own status date (the plan's, else the day it was judged), kept from every health
 * judgement of it (after its events, a readiness change, a rule change, the daily re-judge, a rebuild's), which holds
 * the plan already: a status read is then one small document, not the plan's task documents decoded and the figures
 * worked out per request. Stored as the answer's JSON, so a read gives what the calculation gave.
 *
 * <p>Two listeners may judge a rollout at once (planning's and budget's): a judgement writes only over a status of an
 * older plan (the plan's last sequence) or, for the same plan, of the same or an earlier day, so one that read the
 * plan before another's events never replaces the newer status.
 */
@Component
class StatusViews implements JudgementsWriter, KeptStatuses {

    static final String STATUSES = "status_views";

    private final MongoTemplate mongo;
    private final ReadModels readModels;
    private final JsonMapper json;
    private final FigureWrites writes;

    StatusViews(MongoTemplate mongo, ReadModels readModels, JsonMapper json, FigureWrites writes) {
        this.mongo = mongo;
        this.readModels = readModels;
        this.json = json;
        this.writes = writes;
    }

    /**
     * Every rollout's status in one unordered bulk write (a poll's rollouts, a chunk of a re-judge or of a rebuild):
     * one round trip, not one per rollout. A status refused (that of a later plan, or a later day, is there: this
     * judgement read the plan before it) leaves the others written.
     */
    @Override
    public void judgedAll(List<RolloutJudgement> judgements) {
        writes.keepAll(readModels.collection(STATUSES), judgements, judged -> judged.plan().rolloutId(),
                StatusViews::olderOrSame, this::view);
    }

    /**
     * The rollout's status where it is that of an older plan (the plan's last sequence) or, for the same plan, of the
     * same or an earlier day; a plan read without its sequence (0): where it is of the same or an earlier day.
     */
    private static Query olderOrSame(RolloutJudgement judged) {
        long sequence = judged.plan().sequence();
        String judgedOn = judged.on().toString();
        Criteria newer = sequence == 0
                ? new Criteria().orOperator(where("judgedOn").exists(false), where("judgedOn").lte(judgedOn))
                : new Criteria().orOperator(where("planSequence").exists(false),
                        where("planSequence").lt(sequence),
                        where("planSequence").is(sequence).and("judgedOn").lte(judgedOn));
        return new Query(where("_id").is(judged.plan().rolloutId()).andOperator(newer));
    }

    private Update view(RolloutJudgement judged) {
        TrackedPlan plan = judged.plan();
        LocalDate on = plan.statusDate() != null ? plan.statusDate() : judged.on();
        return new Update().set("on", on.toString())
                .set("planStatusDate", plan.statusDate() == null ? null : plan.statusDate().toString())
                .set("planSequence", plan.sequence())
                .set("judgedOn", judged.on().toString())
                .set("status", json.writeValueAsString(StatusCalculator.status(plan, on, judged.curves())));
    }

    /** Empty also for a new day not judged yet and for a rollout never judged. */
    @Override
    public Optional<RolloutStatus> find(String rolloutId, LocalDate asOf, LocalDate today) {
        Document view = mongo.findById(rolloutId, Document.class, readModels.collection(STATUSES));
        if (view == null) {
            return Optional.empty();
        }
        String planStatusDate = view.getString("planStatusDate");
        LocalDate on = asOf != null ? asOf : planStatusDate != null ? LocalDate.parse(planStatusDate) : today;
        if (!on.toString().equals(view.getString("on"))) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(view.getString("status"), RolloutStatus.class));
    }
}
