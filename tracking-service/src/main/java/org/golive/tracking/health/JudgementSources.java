package org.golive.tracking.health;

import org.golive.tracking.earnedvalue.EarnedValues;
import org.golive.tracking.earnedvalue.RolloutCosts;
import org.golive.tracking.intake.DocumentSource;
import org.golive.tracking.status.PlanMirror;
import org.golive.tracking.status.RolloutPlans;
import org.golive.tracking.status.TrackedPlan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sources of a judgement's inputs. Each reads what it needs for all the rollouts asked at once (one read per
 * kind of document, not per rollout); they differ only in where the plan and the documents come from. Readiness
 * scores always come from the scorecards as stored (people's input, outside the generations).
 */
@Component
public class JudgementSources {

    private final RolloutPlans plans;
    private final PlanMirror mirror;
    private final EarnedValues earnedValues;
    private final ObjectProvider<ReadinessScores> readiness;
    private final ObjectProvider<StakeholderSignals> stakeholders;
    private final MongoTemplate mongo;

    JudgementSources(RolloutPlans plans, PlanMirror mirror, EarnedValues earnedValues,
                     ObjectProvider<ReadinessScores> readiness, ObjectProvider<StakeholderSignals> stakeholders,
                     MongoTemplate mongo) {
        this.plans = plans;
        this.mirror = mirror;
        this.earnedValues = earnedValues;
        this.readiness = readiness;
        this.stakeholders = stakeholders;
        this.mongo = mongo;
    }

    /** Everything read from the database as it is now. */
    public JudgementInputs stored() {
        DocumentSource database = DocumentSource.stored(mongo);
        return ids -> inputs(plans.plans(database, ids), database);
    }

    /**
     * The live listeners' source: plans from the copies kept in memory, checked against the rollout's document
     * ({@link PlanMirror}), so that a poll's judgement does not read every plan whole; the rest from the database.
     */
    public JudgementInputs live() {
        DocumentSource database = DocumentSource.stored(mongo);
        return ids -> inputs(mirror.plans(ids), database);
    }

    /** A rebuild's source: the documents of the generation it builds, from its fold (in memory). */
    public JudgementInputs from(DocumentSource documents) {
        return ids -> inputs(plans.plans(documents, ids), documents);
    }

    private Map<String, RolloutInputs> inputs(Map<String, TrackedPlan> found, DocumentSource documents) {
        Map<String, RolloutInputs> inputs = new LinkedHashMap<>();
        if (found.isEmpty()) {
            return inputs;
        }
        Map<String, RolloutCosts> costs = earnedValues.costs(documents, found.keySet());
        Map<String, BigDecimal> scores = readiness.getIfAvailable(() -> ReadinessScores.NO_DATA)
                .scores(found.keySet());
        Map<String, StakeholderSignals.Engagement> engagement = stakeholders
                .getIfAvailable(() -> StakeholderSignals.NO_DATA).of(documents, found.keySet());
        found.forEach((id, plan) -> inputs.put(id, new RolloutInputs(plan, costs.get(id),
                Optional.ofNullable(scores.get(id)), Optional.ofNullable(engagement.get(id)))));
        return inputs;
    }
}
