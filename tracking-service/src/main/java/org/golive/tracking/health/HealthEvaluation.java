package org.golive.tracking.health;

import org.golive.tracking.earnedvalue.EarnedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.golive.tracking.earnedvalue.EarnedValues;
import org.golive.tracking.status.RolloutPlans;
import org.golive.tracking.status.StatusCalculator;
import org.golive.tracking.status.StatusDate;
import org.golive.tracking.status.TrackedPlan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges a rollout's health today from what tracking knows and stores it when it changed, with its
 * {@code health.changed} event. Called after every event applied to the rollout and when the PMO changes the rules;
 * the readiness scorecard calls it when a score changes; {@link DailyRejudge} calls it for every rollout once a day.
 * Every judgement goes to the {@link JudgementListener}s, changed colour or not. Two topics' listeners may judge one rollout at once: the
 * loser of the version check judges again on what the winner stored.
 */
@Component
public class HealthEvaluation {

    private static final Logger log = LoggerFactory.getLogger(HealthEvaluation.class);
    private static final int ATTEMPTS = 5;

    private final RolloutPlans plans;
    private final EarnedValues earnedValues;
    private final HealthRulesStore rules;
    private final RolloutHealths healths;
    private final StatusDate statusDate;
    private final Clock clock;
    private final ObjectProvider<ReadinessScores> readiness;
    private final ObjectProvider<StakeholderSignals> stakeholders;
    private final ObjectProvider<JudgementListener> listeners;

    HealthEvaluation(RolloutPlans plans, EarnedValues earnedValues, HealthRulesStore rules, RolloutHealths healths,
                     StatusDate statusDate, Clock clock, ObjectProvider<ReadinessScores> readiness,
                     ObjectProvider<StakeholderSignals> stakeholders, ObjectProvider<JudgementListener> listeners) {
        this.plans = plans;
        this.earnedValues = earnedValues;
        this.rules = rules;
        this.healths = healths;
        this.statusDate = statusDate;
        this.clock = clock;
        this.readiness = readiness;
        this.stakeholders = stakeholders;
        this.listeners = listeners;
    }

    /** Judges the rollout again; an id tracking does not know as a rollout (a program's) is ignored. */
    public void reevaluate(String rolloutId) {
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<TrackedPlan> plan = rolloutId == null ? Optional.empty() : plans.find(rolloutId);
                plan.ifPresent(this::judge);
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** Judges every rollout again (the rules changed, a new day); a rollout that fails is logged, the rest go on. */
    public int reevaluateAll() {
        List<String> ids = plans.ids();
        for (String id : ids) {
            try {
                reevaluate(id);
            } catch (RuntimeException e) {
                log.warn("Health of rollout {} not judged again: {}", id, e.toString());
            }
        }
        return ids.size();
    }

    private void judge(TrackedPlan plan) {
        LocalDate today = statusDate.today();
        EarnedValue value = earnedValues.ofRollout(plan, today);
        Signals signals = signals(plan, today, value);
        Health health = Health.judge(rules.current().rules(), signals);
        Optional<RolloutHealth> stored = healths.find(plan.rolloutId());
        if (stored.isEmpty()) {
            healths.insert(RolloutHealth.first(plan.rolloutId(), plan.programId(), health, clock.instant()));
        } else if (!stored.get().holds(plan.programId(), health)) {
            healths.update(stored.get().judged(plan.programId(), health, clock.instant()));
        }
        RolloutJudgement judgement = judgement(plan, today, health, signals, value);
        listeners.orderedStream().forEach(listener -> listener.judged(judgement));
    }

    private Signals signals(TrackedPlan plan, LocalDate today, EarnedValue value) {
        return new Signals(plan.planned(), earnedValues.schedulePerformance(plan, today),
                StatusCalculator.overdueCriticalTasks(plan, today), value.cpi(),
                readiness.getIfAvailable(() -> ReadinessScores.NO_DATA).score(plan.rolloutId()),
                stakeholders.getIfAvailable(() -> StakeholderSignals.NO_DATA).of(plan.rolloutId()),
                plan.goLiveDate() == null ? null : ChronoUnit.DAYS.between(today, plan.goLiveDate()));
    }

    private static RolloutJudgement judgement(TrackedPlan plan, LocalDate today, Health health, Signals signals,
                                              EarnedValue value) {
        Map<Dimension, Colour> colours = new EnumMap<>(Dimension.class);
        health.dimensions().forEach((dimension, verdict) -> colours.put(dimension, verdict.colour()));
        return new RolloutJudgement(plan, today, health.overall().colour(), colours, signals.spi(), value,
                signals.readiness().orElse(null),
                signals.stakeholders().map(StakeholderSignals.Engagement::openConflicts).orElse(null));
    }
}
