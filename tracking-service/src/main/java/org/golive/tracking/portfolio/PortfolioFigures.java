package org.golive.tracking.portfolio;

import org.bson.Document;
import org.golive.tracking.earnedvalue.EarnedValue;
import org.golive.tracking.health.Colour;
import org.golive.tracking.health.Dimension;
import org.golive.tracking.health.JudgementsWriter;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.intake.FigureWrites;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.status.StatusCalculator;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;


/**
 * Keeps each rollout's figures in its portfolio document, from every health judgement (after each event of the
 * rollout, each readiness change, each rule change and the daily re-judge): the portfolio then answers 1,000 rollouts
 * from one collection, filtered, sorted and paged by MongoDB, with nothing computed per request. Figures are stored
 * as numbers (an index of 4 places or a percent of 1 place is exact as a double and reads back as the same decimal),
 * so MongoDB sorts them; the health colour also as its rank, worst highest.
 */
@Component
class PortfolioFigures implements JudgementsWriter {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReadModels readModels;
    private final FigureWrites writes;

    PortfolioFigures(ReadModels readModels, FigureWrites writes) {
        this.readModels = readModels;
        this.writes = writes;
    }

    /** Every rollout's figures in one bulk write (a poll's rollouts, a chunk of a re-judge or of a rebuild). */
    @Override
    public void judgedAll(List<RolloutJudgement> judgements) {
        writes.setAll(readModels.collection(PortfolioProjection.ROLLOUTS), judgements,
                judged -> judged.plan().rolloutId(), PortfolioFigures::figures);
    }

    private static Update figures(RolloutJudgement judged) {
        RolloutPhase phase = RolloutPhase.of(judged.plan());
        Document health = new Document("overall", judged.overall().name());
        for (Dimension dimension : Dimension.values()) {
            health.append(dimension.name().toLowerCase(),
                    judged.dimensions().getOrDefault(dimension, Colour.NO_DATA).name());
        }
        EarnedValue value = judged.earnedValue();
        return new Update()
                .set("figuresOn", judged.on().toString())
                .set("health", health)
                .set("healthRank", judged.overall().ordinal())
                .set("phase", phase.name())
                .set("phaseRank", phase.rank())
                .set("percentComplete", number(StatusCalculator.percentComplete(judged.plan())))
                .set("spi", number(judged.spi()))
                .set("cpi", number(value.cpi()))
                .set("readinessScore", number(judged.readiness()))
                .set("budgetBurn", number(burn(value)))
                .set("openConflicts", judged.openConflicts());
    }

    /** Actual cost as a percent of the budget at completion, one place; null without an approved budget. */
    static BigDecimal burn(EarnedValue value) {
        if (value.bac() == null || value.bac().signum() == 0 || value.ac() == null) {
            return null;
        }
        return value.ac().multiply(HUNDRED).divide(value.bac(), MathContext.DECIMAL128)
                .setScale(1, RoundingMode.HALF_EVEN);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
