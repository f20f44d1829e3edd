package org.golive.tracking.comparison;

import org.bson.Document;
import org.golive.tracking.health.JudgementsWriter;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.intake.FigureWrites;
import org.golive.tracking.status.StatusCalculator;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;


/**
 * Records each rollout's figures once per day, from every health judgement of it (after its events, and at the daily
 * re-judge, so a quiet rollout still gets its point): the day's point is set under its date, so a second judgement
 * the same day replaces it (the day's last figures) and never adds a twin. The days to go-live are those of that day,
 * so a point stays where it was on the T-minus axis when the go-live moves later. One document per rollout: the wave
 * comparison reads a wave's sites in one query.
 */
@Component
class DailyPoints implements JudgementsWriter {

    static final String SERIES = "comparison_series";

    private final FigureWrites writes;

    DailyPoints(FigureWrites writes) {
        this.writes = writes;
    }

    /**
     * The day's points of every rollout with a go-live, in one bulk write; not folded in a rebuild: the series is no
     * read model of a generation, the points of past days are kept across rebuilds.
     */
    @Override
    public void judgedAll(List<RolloutJudgement> judgements) {
        writes.upsertAll(SERIES, judgements.stream().filter(judged -> judged.plan().goLiveDate() != null).toList(),
                judged -> judged.plan().rolloutId(), DailyPoints::point);
    }

    private static Update point(RolloutJudgement judged) {
        Document point = new Document("daysToGoLive", ChronoUnit.DAYS.between(judged.on(), judged.plan().goLiveDate()))
                .append("percentComplete", text(StatusCalculator.percentComplete(judged.plan())))
                .append("readinessScore", text(judged.readiness()))
                .append("spi", text(judged.spi()))
                .append("cpi", text(judged.earnedValue().cpi()));
        return new Update()
                .set("waveId", judged.plan().waveId())
                .set("points." + judged.on(), point);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
