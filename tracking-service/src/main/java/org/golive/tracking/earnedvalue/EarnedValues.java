package org.golive.tracking.earnedvalue;

import org.bson.Document;
import org.golive.platform.problem.NotFoundException;
import org.golive.tracking.status.RolloutHeader;
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

/** Earned value of a rollout, a wave or a program on a status date, from the plans and costs tracking keeps. */
@Component
public class EarnedValues {

    private final RolloutPlans plans;
    private final MongoTemplate mongo;
    private final ReadModels readModels;
    private final KeptMeasures kept;

    EarnedValues(RolloutPlans plans, MongoTemplate mongo, ReadModels readModels, KeptMeasures kept) {
        this.readModels = readModels;
        this.plans = plans;
        this.mongo = mongo;
        this.kept = kept;
    }

    /**
     * From the measures kept at its last judgement when that was on {@code on}, else worked out from its plan.
     *
     * @throws NotFoundException for an unknown rollout
     */
    public EarnedValue ofRollout(String rolloutId, LocalDate on) {
        Measures measures = kept.on(List.of(rolloutId), on).get(rolloutId);
        if (measures == null) {
            return ofRollout(plans.get(rolloutId), on);
        }
        plans.requireKnown(rolloutId);
        return EarnedValue.of("ROLLOUT", rolloutId, on, measures);
    }

    public EarnedValue ofRollout(TrackedPlan plan, LocalDate on) {
        RolloutCosts costs = costs(DocumentSource.stored(mongo), List.of(plan.rolloutId())).get(plan.rolloutId());
        return ofRollout(plan, costs, on);
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
        return sum("WAVE", waveId, plans.headersInWave(waveId), on);
    }

    EarnedValue ofProgram(String programId, LocalDate on) {
        return sum("PROGRAM", programId, plans.headersInProgram(programId), on);
    }

    /**
     * The sums of the rollouts' measures: those kept for {@code on} as they are, the others (never judged, judged
     * another day) worked out from their plans and costs, read together.
     */
    private EarnedValue sum(String scope, String id, List<RolloutHeader> rollouts, LocalDate on) {
        if (rollouts.isEmpty()) {
            throw new NotFoundException(scope.charAt(0) + scope.substring(1).toLowerCase(), id);
        }
        List<String> ids = rollouts.stream().map(RolloutHeader::rolloutId).toList();
        Map<String, Measures> measures = new HashMap<>(kept.on(ids, on));
        List<String> missing = ids.stream().filter(rolloutId -> !measures.containsKey(rolloutId)).toList();
        if (!missing.isEmpty()) {
            DocumentSource database = DocumentSource.stored(mongo);
            Map<String, RolloutCosts> costs = costs(database, missing);
            plans.plans(database, missing).forEach((rolloutId, plan) -> measures.put(rolloutId,
                    EarnedValueCalculator.measures(plan, costs.get(rolloutId), on)));
        }
        Measures total = Measures.none(null);
        for (String rolloutId : ids) {
            Measures rollout = measures.get(rolloutId);
            if (rollout != null) { // else gone between the two reads
                total = total.plus(rollout);
            }
        }
        return EarnedValue.of(scope, id, on, total);
    }
}
