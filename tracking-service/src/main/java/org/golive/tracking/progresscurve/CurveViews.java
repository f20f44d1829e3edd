package org.golive.tracking.progresscurve;

import org.bson.Document;
import org.golive.tracking.health.JudgementsWriter;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.intake.FigureWrites;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.status.ProgressCurves;
import org.golive.tracking.status.StepCurve;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Each rollout's progress curves, worked out from the plan every health judgement read and kept beside it, as the
 * kept earned-value measures ({@code measureview}): in the read models' generations, so a rebuild's judgements set
 * them into the documents its fold writes. A curve depends on the plan alone, so it is kept with the plan's sequence
 * and only over a curve of an older plan (two listeners may judge a rollout at once, each with its own read of it).
 * A judgement of a plan read without its sequence keeps nothing: no reader could tell whether it is current.
 */
@Component
class CurveViews implements JudgementsWriter, KeptCurves {

    static final String CURVES = "progress_curves";

    private final MongoTemplate mongo;
    private final ReadModels readModels;
    private final FigureWrites writes;

    CurveViews(MongoTemplate mongo, ReadModels readModels, FigureWrites writes) {
        this.mongo = mongo;
        this.readModels = readModels;
        this.writes = writes;
    }

    /** Every rollout's curves in one bulk write; one refused holds a later plan's already and stays. */
    @Override
    public void judgedAll(List<RolloutJudgement> judgements) {
        List<RolloutJudgement> kept = judgements.stream().filter(judged -> judged.plan().sequence() > 0).toList();
        writes.keepAll(readModels.collection(CURVES), kept, judged -> judged.plan().rolloutId(),
                CurveViews::notNewer, judged -> curves(judged.curves()));
    }

    @Override
    public Map<String, ProgressCurves> of(Collection<String> rolloutIds) {
        Map<String, ProgressCurves> found = new HashMap<>();
        for (Document d : mongo.find(query(where("_id").in(rolloutIds)), Document.class,
                readModels.collection(CURVES))) {
            found.put(d.getString("_id"), new ProgressCurves(d.get("planSequence", Number.class).longValue(),
                    d.getBoolean("weighted", false), curve(d, "planned"), curve(d, "doneBy")));
        }
        return found;
    }

    private static Query notNewer(RolloutJudgement judged) {
        return query(where("_id").is(judged.plan().rolloutId()).and("planSequence").lte(judged.plan().sequence()));
    }

    /** Each curve as two arrays of integers (epoch days, tenths of a percent): a few kilobytes for a year's plan. */
    private static Update curves(ProgressCurves curves) {
        return new Update().set("planSequence", curves.planSequence())
                .set("weighted", curves.weighted())
                .set("planned", points(curves.planned()))
                .set("doneBy", points(curves.doneBy()));
    }

    private static Document points(StepCurve curve) {
        return new Document("days", Arrays.stream(curve.days()).boxed().toList())
                .append("tenths", Arrays.stream(curve.tenths()).boxed().toList());
    }

    private static StepCurve curve(Document d, String name) {
        Document points = d.get(name, Document.class);
        return new StepCurve(ints(points.getList("days", Number.class)), ints(points.getList("tenths", Number.class)));
    }

    private static int[] ints(List<Number> numbers) {
        return numbers.stream().mapToInt(Number::intValue).toArray();
    }
}
