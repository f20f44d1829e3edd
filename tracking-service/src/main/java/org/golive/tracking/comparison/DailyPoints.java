package org.golive.tracking.comparison;

import org.bson.Document;
import org.golive.tracking.health.JudgementListener;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.status.StatusCalculator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Records each rollout's figures once per day, from every health judgement of it (after its events, and at the daily
 * re-judge, so a quiet rollout still gets its point): the day's point is set under its date, so a second judgement
 * the same day replaces it (the day's last figures) and never adds a twin. The days to go-live are those of that day,
 * so a point stays where it was on the T-minus axis when the go-live moves later. One document per rollout: the wave
 * comparison reads a wave's sites in one query.
 */
@Component
class DailyPoints implements JudgementListener {

    static final String SERIES = "comparison_series";

    private final MongoTemplate mongo;

    DailyPoints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void judged(RolloutJudgement judged) {
        if (judged.plan().goLiveDate() == null) {
            return;
        }
        Document point = new Document("daysToGoLive", ChronoUnit.DAYS.between(judged.on(), judged.plan().goLiveDate()))
                .append("percentComplete", text(StatusCalculator.percentComplete(judged.plan())))
                .append("readinessScore", text(judged.readiness()))
                .append("spi", text(judged.spi()))
                .append("cpi", text(judged.earnedValue().cpi()));
        mongo.upsert(query(where("_id").is(judged.plan().rolloutId())), new Update()
                .set("waveId", judged.plan().waveId())
                .set("points." + judged.on(), point), SERIES);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
