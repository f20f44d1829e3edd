package org.golive.tracking.statusview;

import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.golive.tracking.health.JudgementListener;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.intake.ReadModelWrites;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.status.KeptStatuses;
import org.golive.tracking.status.RolloutStatus;
import org.golive.tracking.status.StatusCalculator;
import org.golive.tracking.status.TrackedPlan;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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
class StatusViews implements JudgementListener, KeptStatuses {

    static final String STATUSES = "status_views";
    /** A guard's refusal: the upsert of a status the kept one is newer than tried to insert a twin. */
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final ReadModels readModels;
    private final JsonMapper json;
    private final ReadModelWrites writes;

    StatusViews(MongoTemplate mongo, ReadModels readModels, JsonMapper json, ReadModelWrites writes) {
        this.mongo = mongo;
        this.readModels = readModels;
        this.json = json;
        this.writes = writes;
    }

    @Override
    public void judged(RolloutJudgement judged) {
        judgedAll(List.of(judged));
    }

    /**
     * Every rollout's status in one unordered bulk write (a poll's rollouts, a chunk of a re-judge or of a rebuild):
     * one round trip, not one per rollout. A guard's refusal (a newer status kept) is a duplicate key of its own
     * upsert and leaves the others written.
     */
    @Override
    public void judgedAll(List<RolloutJudgement> judgements) {
        if (judgements.isEmpty()) {
            return;
        }
        String collection = readModels.collection(STATUSES);
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int upserts = 0;
        for (RolloutJudgement judged : judgements) {
            upserts += kept(bulk, collection, judged) ? 1 : 0;
        }
        if (upserts == 0) {
            return;
        }
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                // The status of a later plan (or a later day) is there: this judgement read the plan before it.
            }
        }
    }

    /** Adds the judgement's status to the bulk; false when a rebuild's fold took it instead. */
    private boolean kept(BulkOperations bulk, String collection, RolloutJudgement judged) {
        TrackedPlan plan = judged.plan();
        LocalDate on = plan.statusDate() != null ? plan.statusDate() : judged.on();
        String judgedOn = judged.on().toString();
        Criteria newer = plan.sequence() == 0 // a plan read without its sequence: the day alone decides
                ? new Criteria().orOperator(where("judgedOn").exists(false), where("judgedOn").lte(judgedOn))
                : new Criteria().orOperator(where("planSequence").exists(false),
                        where("planSequence").lt(plan.sequence()),
                        where("planSequence").is(plan.sequence()).and("judgedOn").lte(judgedOn));
        Update view = new Update().set("on", on.toString())
                .set("planStatusDate", plan.statusDate() == null ? null : plan.statusDate().toString())
                .set("planSequence", plan.sequence())
                .set("judgedOn", judgedOn)
                .set("status", json.writeValueAsString(StatusCalculator.status(plan, on)));
        if (writes.foldFigures(collection, plan.rolloutId(), view)) {
            return false; // a rebuild's judgement, the generation's one writer: no newer status can be there
        }
        bulk.upsert(new Query(where("_id").is(plan.rolloutId()).andOperator(newer)), view);
        return true;
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
