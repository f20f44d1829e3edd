package org.golive.tracking.measureview;

import org.bson.Document;
import org.golive.tracking.earnedvalue.KeptMeasures;
import org.golive.tracking.earnedvalue.Measures;
import org.golive.tracking.health.JudgementsWriter;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.intake.FigureWrites;
import org.golive.tracking.intake.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Each rollout's earned-value measures on the day it was last judged, kept from every health judgement (which works
 * them out already): a wave's or a program's earned value is then the sum of its rollouts' kept measures, one small
 * document each, not their plans' task documents decoded per request. Unrounded, as exact decimal strings, so the sums
 * are those of the calculation. In the read models' generations: a rebuild's judgements set them into the documents
 * its fold writes, as the kept statuses.
 *
 * <p>Two listeners may judge a rollout at once (planning's and budget's), each having read the plan and the costs at
 * its own moment. Unlike a kept status (a later plan wins whatever the day, {@code statusview}), measures are written only
 * over those of inputs no newer in <em>any</em> of the plan's sequence, the costs' sequence and the day; a judgement
 * newer in one and older in another (each read after a different event) leaves the highest of each and no measures,
 * so reads work the figures out until the next judgement, which read both.
 */
@Component
class MeasureViews implements JudgementsWriter, KeptMeasures {

    static final String MEASURES = "evm_measures";

    private final MongoTemplate mongo;
    private final ReadModels readModels;
    private final FigureWrites writes;

    MeasureViews(MongoTemplate mongo, ReadModels readModels, FigureWrites writes) {
        this.mongo = mongo;
        this.readModels = readModels;
        this.writes = writes;
    }

    /** Every rollout's measures in one bulk write; those refused (a newer judgement kept) are settled one by one. */
    @Override
    public void judgedAll(List<RolloutJudgement> judgements) {
        List<RolloutJudgement> kept = judgements.stream()
                .filter(judged -> judged.earnedValue() != null && judged.earnedValue().measures() != null).toList();
        String collection = readModels.collection(MEASURES);
        List<RolloutJudgement> refused = writes.keepAll(collection, kept, judged -> judged.plan().rolloutId(),
                MeasureViews::notNewer, MeasureViews::measures);
        // The document holds inputs newer than this judgement's in some respect: keep the highest of each and drop
        // the measures where this judgement was newer in another.
        for (RolloutJudgement judged : refused) {
            if (mongo.updateFirst(notNewer(judged), measures(judged), collection).getMatchedCount() == 0) {
                mongo.updateFirst(olderInOne(judged), unsettled(judged), collection);
            }
        }
    }

    @Override
    public Map<String, Measures> on(Collection<String> rolloutIds, LocalDate on) {
        Map<String, Measures> found = new HashMap<>();
        Query asked = query(where("_id").in(rolloutIds).and("judgedOn").is(on.toString()).and("bac").ne(null));
        for (Document d : mongo.find(asked, Document.class, readModels.collection(MEASURES))) {
            found.put(d.getString("_id"), new Measures(d.getString("currency"), decimal(d, "bac"), decimal(d, "pv"),
                    decimal(d, "ev"), decimal(d, "ac"), 1));
        }
        return found;
    }

    /** The rollout's document, unless it holds a later plan, later costs or a later day than the judgement read. */
    private static Query notNewer(RolloutJudgement judged) {
        List<Criteria> all = new ArrayList<>();
        all.add(where("_id").is(judged.plan().rolloutId()));
        if (judged.plan().sequence() > 0) { // a plan read without its sequence: the costs and the day decide
            all.add(where("planSequence").lte(judged.plan().sequence()));
        }
        all.add(where("costsSequence").lte(judged.costsSequence()));
        all.add(where("judgedOn").lte(judged.on().toString()));
        return new Query(new Criteria().andOperator(all));
    }

    /** The rollout's document where it is older than the judgement in at least one of the three. */
    private static Query olderInOne(RolloutJudgement judged) {
        return new Query(where("_id").is(judged.plan().rolloutId()).orOperator(
                where("planSequence").lt(judged.plan().sequence()),
                where("costsSequence").lt(judged.costsSequence()),
                where("judgedOn").lt(judged.on().toString())));
    }

    private static Update measures(RolloutJudgement judged) {
        Measures m = judged.earnedValue().measures();
        return new Update().set("planSequence", judged.plan().sequence())
                .set("costsSequence", judged.costsSequence())
                .set("judgedOn", judged.on().toString())
                .set("currency", m.currency())
                .set("bac", text(m.bac()))
                .set("pv", text(m.pv()))
                .set("ev", text(m.ev()))
                .set("ac", text(m.ac()));
    }

    private static Update unsettled(RolloutJudgement judged) {
        return new Update().max("planSequence", judged.plan().sequence())
                .max("costsSequence", judged.costsSequence())
                .max("judgedOn", judged.on().toString())
                .unset("currency").unset("bac").unset("pv").unset("ev").unset("ac");
    }

    private static String text(BigDecimal value) {
        return value.toString();
    }

    private static BigDecimal decimal(Document d, String field) {
        return new BigDecimal(d.getString(field));
    }
}
