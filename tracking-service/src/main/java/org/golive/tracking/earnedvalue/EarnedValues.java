package org.golive.tracking.earnedvalue;

import org.bson.Document;
import org.golive.platform.problem.NotFoundException;
import org.golive.tracking.status.RolloutPlans;
import org.golive.tracking.status.TrackedPlan;
import org.golive.tracking.intake.DocumentSource;
import org.golive.tracking.intake.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Earned value of a rollout, a wave or a program on a status date, from the plans and costs tracking keeps. */
@Component
public class EarnedValues {

    private final RolloutPlans plans;
    private final MongoTemplate mongo;
    private final ReadModels readModels;

    EarnedValues(RolloutPlans plans, MongoTemplate mongo, ReadModels readModels) {
        this.readModels = readModels;
        this.plans = plans;
        this.mongo = mongo;
    }

    /** @throws NotFoundException for an unknown rollout */
    public EarnedValue ofRollout(String rolloutId, LocalDate on) {
        return ofRollout(plans.get(rolloutId), on);
    }

    public EarnedValue ofRollout(TrackedPlan plan, LocalDate on) {
        return EarnedValue.of("ROLLOUT", plan.rolloutId(), on, measures(plan, on));
    }

    /** A rollout's earned value from costs read already ({@link #costs}). */
    public EarnedValue ofRollout(TrackedPlan plan, RolloutCosts costs, LocalDate on) {
        return EarnedValue.of("ROLLOUT", plan.rolloutId(), on, EarnedValueCalculator.measures(plan, costs, on));
    }

    /** The costs of these rollouts from {@code source} (the database, or a rebuild's fold), in one read. */
    public Map<String, RolloutCosts> costs(DocumentSource source, Collection<String> rolloutIds) {
        Map<Object, Document> found = source.find(readModels.collection(CostProjection.COSTS), rolloutIds);
        Map<String, RolloutCosts> costs = new HashMap<>();
        rolloutIds.forEach(id -> costs.put(id, CostDocuments.costs(found.get(id))));
        return costs;
    }

    /**
     * The schedule performance index of a rollout, in effort when it has no approved budget yet: EV / PV is the
     * same ratio in money or in weight, since the budget at completion is spread by weight. Null while nothing was
     * planned by the status date.
     */
    public BigDecimal schedulePerformance(TrackedPlan plan, LocalDate on) {
        Measures byWeight = EarnedValueCalculator.measures(plan, RolloutCosts.NONE, on, plan.totalWeight());
        return EarnedValue.of("ROLLOUT", plan.rolloutId(), on, byWeight).spi();
    }

    EarnedValue ofWave(String waveId, LocalDate on) {
        return sum("WAVE", waveId, plans.inWave(waveId), on);
    }

    EarnedValue ofProgram(String programId, LocalDate on) {
        return sum("PROGRAM", programId, plans.inProgram(programId), on);
    }

    private EarnedValue sum(String scope, String id, List<TrackedPlan> rollouts, LocalDate on) {
        if (rollouts.isEmpty()) {
            throw new NotFoundException(scope.charAt(0) + scope.substring(1).toLowerCase(), id);
        }
        Measures total = Measures.none(null);
        for (TrackedPlan plan : rollouts) {
            total = total.plus(measures(plan, on));
        }
        return EarnedValue.of(scope, id, on, total);
    }

    private Measures measures(TrackedPlan plan, LocalDate on) {
        Document costs = mongo.findOne(query(where("_id").is(plan.rolloutId())), Document.class,
                readModels.collection(CostProjection.COSTS));
        return EarnedValueCalculator.measures(plan, CostDocuments.costs(costs), on);
    }
}
