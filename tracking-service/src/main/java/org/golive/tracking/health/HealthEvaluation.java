package org.golive.tracking.health;

import org.golive.platform.outbox.Changed;
import org.golive.tracking.earnedvalue.EarnedValue;
import org.golive.tracking.earnedvalue.EarnedValues;
import org.golive.tracking.status.RolloutPlans;
import org.golive.tracking.status.StatusCalculator;
import org.golive.tracking.status.StatusDate;
import org.golive.tracking.status.TrackedPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one judge of rollouts' health: judges them today from their inputs ({@link JudgementInputs}: the database, the
 * live listeners' plans in memory, or a rebuild's fold) and stores each health that changed, with its
 * {@code health.changed} event. Called once per poll for the rollouts it touched, when the PMO changes the rules,
 * when a scorecard changes, by {@link DailyRejudge} for every rollout once a day, and by a rebuild for every rollout
 * of its new generation. Every judgement goes to the {@link JudgementListener}s, changed colour or not, all of a call's
 * at once (so that they write them together). Two topics' listeners may judge one rollout at once: the loser of the
 * version check judges again on fresh inputs and on what the winner stored.
 */
@Component
public class HealthEvaluation {

    private static final Logger log = LoggerFactory.getLogger(HealthEvaluation.class);
    private static final int ATTEMPTS = 5;
    /** Rollouts judged together when all are, at most: their inputs read and their results written in one go. */
    static final int CHUNK = 200;
    /**
     * The task documents a chunk of such a judgement should read at most (ten 2,000-task plans): a chunk reads its
     * plans whole, so 200 plans of 2,000 tasks would hold 400,000 task documents at once. The first chunk is small;
     * the next ones are sized from the tasks per rollout the chunk before read.
     */
    static final int CHUNK_TASKS = 20_000;
    static final int FIRST_CHUNK = 10;

    private final RolloutPlans plans;
    private final JudgementSources sources;
    private final EarnedValues earnedValues;
    private final HealthRulesStore rules;
    private final RolloutHealths healths;
    private final StatusDate statusDate;
    private final Clock clock;
    private final ObjectProvider<JudgementListener> listeners;

    HealthEvaluation(RolloutPlans plans, JudgementSources sources, EarnedValues earnedValues, HealthRulesStore rules,
                     RolloutHealths healths, StatusDate statusDate, Clock clock,
                     ObjectProvider<JudgementListener> listeners) {
        this.plans = plans;
        this.sources = sources;
        this.earnedValues = earnedValues;
        this.rules = rules;
        this.healths = healths;
        this.statusDate = statusDate;
        this.clock = clock;
        this.listeners = listeners;
    }

    /** Judges the rollout again from the database; an id tracking does not know as a rollout (a program's) is ignored. */
    public void reevaluate(String rolloutId) {
        if (rolloutId != null) {
            judge(List.of(rolloutId), sources.stored());
        }
    }

    /** Judges every rollout again (the rules changed, a new day); a rollout that fails is logged, the rest go on. */
    public int reevaluateAll() {
        return judgeAll(plans.ids(), sources.stored());
    }

    /**
     * Judges these rollouts from {@code inputs}, a chunk at a time (up to {@value #CHUNK} rollouts, fewer when their
     * plans are large: {@link #nextChunk}); a chunk that fails is judged rollout by rollout, and a rollout that fails
     * then is logged, the rest go on.
     *
     * @return how many rollouts were asked
     */
    public int judgeAll(List<String> rolloutIds, JudgementInputs inputs) {
        int size = FIRST_CHUNK;
        for (int from = 0; from < rolloutIds.size(); ) {
            List<String> chunk = rolloutIds.subList(from, Math.min(rolloutIds.size(), from + size));
            from += chunk.size();
            TasksRead read = new TasksRead();
            try {
                judge(chunk, inputs, read);
            } catch (RuntimeException chunkFailed) {
                for (String id : chunk) {
                    try {
                        judge(List.of(id), inputs, read);
                    } catch (RuntimeException e) {
                        log.warn("Health of rollout {} not judged again: {}", id, e.toString());
                    }
                }
            }
            size = nextChunk(read.rollouts, read.tasks);
        }
        return rolloutIds.size();
    }

    /**
     * How many rollouts the next chunk takes, after one that read {@code tasks} task documents for {@code rollouts}
     * plans: as many as fit {@value #CHUNK_TASKS} tasks at that size, from 1 to {@value #CHUNK}.
     */
    static int nextChunk(int rollouts, long tasks) {
        if (rollouts == 0) {
            return FIRST_CHUNK;
        }
        long perRollout = Math.max(1, (tasks + rollouts - 1) / rollouts);
        return (int) Math.max(1, Math.min(CHUNK, CHUNK_TASKS / perRollout));
    }

    /** The plans a judgement read: how many, with how many tasks. */
    private static final class TasksRead {
        int rollouts;
        long tasks;
    }

    /**
     * Judges these rollouts from {@code inputs}: their inputs read together, the rules and their stored healths once.
     * Those whose health someone else stored meanwhile are judged again on fresh inputs.
     */
    public void judge(Collection<String> rolloutIds, JudgementInputs inputs) {
        judge(rolloutIds, inputs, new TasksRead());
    }

    private void judge(Collection<String> rolloutIds, JudgementInputs inputs, TasksRead read) {
        Collection<String> pending = rolloutIds;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<String> raced = judgeOnce(pending, inputs, read);
            if (!raced.isEmpty() && attempt == ATTEMPTS) {
                throw new OptimisticLockingFailureException("The health of rollout(s) " + raced
                        + " kept being judged elsewhere at the same time");
            }
            pending = raced;
        }
    }

    /** @return the rollouts whose health was stored by someone else since it was read (to judge again) */
    private List<String> judgeOnce(Collection<String> rolloutIds, JudgementInputs inputs, TasksRead read) {
        Map<String, RolloutInputs> all = inputs.of(rolloutIds);
        if (all.isEmpty()) {
            return List.of();
        }
        for (RolloutInputs input : all.values()) {
            read.rollouts++;
            read.tasks += input.plan().tasks().size();
        }
        LocalDate today = statusDate.today();
        HealthRules current = rules.current().rules();
        Map<String, RolloutHealth> stored = healths.findAll(all.keySet());
        List<RolloutJudgement> judged = new ArrayList<>(all.size());
        List<String> raced = new ArrayList<>();
        List<RolloutHealth> figuresOnly = new ArrayList<>();
        List<RolloutJudgement> withFiguresOnly = new ArrayList<>();
        for (RolloutInputs input : all.values()) {
            TrackedPlan plan = input.plan();
            EarnedValue value = earnedValues.ofRollout(plan, input.costs(), today);
            Signals signals = signals(input, today, value);
            Health health = Health.judge(current, signals);
            RolloutJudgement judgement = judgement(plan, today, health, signals, value, input.costs().sequence());
            RolloutHealth before = stored.get(plan.rolloutId());
            try {
                if (before == null) {
                    healths.insert(RolloutHealth.first(plan.rolloutId(), plan.programId(), health, clock.instant()));
                } else if (!before.holds(plan.programId(), health)) { // a figure or a colour changed
                    Changed<RolloutHealth> after = before.judged(plan.programId(), health, clock.instant());
                    if (after.events().isEmpty()) { // figures alone: written with the others below
                        figuresOnly.add(after.result());
                        withFiguresOnly.add(judgement);
                        continue;
                    }
                    healths.update(after); // a new colour, with its event
                }
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                raced.add(plan.rolloutId());
                continue;
            }
            judged.add(judgement);
        }
        // One round trip for every health whose figures alone moved; if one was stored meanwhile by someone else,
        // all of them are judged again on fresh inputs (those this write stored then hold, and are not written again).
        if (healths.updateAll(figuresOnly)) {
            judged.addAll(withFiguresOnly);
        } else {
            figuresOnly.forEach(health -> raced.add(health.id()));
        }
        if (!judged.isEmpty()) {
            listeners.orderedStream().forEach(listener -> listener.judgedAll(judged));
        }
        return raced;
    }

    private Signals signals(RolloutInputs input, LocalDate today, EarnedValue value) {
        TrackedPlan plan = input.plan();
        return new Signals(plan.planned(), earnedValues.schedulePerformance(plan, today),
                StatusCalculator.overdueCriticalTasks(plan, today), value.cpi(), input.readiness(),
                input.engagement(),
                plan.goLiveDate() == null ? null : ChronoUnit.DAYS.between(today, plan.goLiveDate()));
    }

    private static RolloutJudgement judgement(TrackedPlan plan, LocalDate today, Health health, Signals signals,
                                              EarnedValue value, long costsSequence) {
        Map<Dimension, Colour> colours = new EnumMap<>(Dimension.class);
        health.dimensions().forEach((dimension, verdict) -> colours.put(dimension, verdict.colour()));
        return new RolloutJudgement(plan, today, health.overall().colour(), colours, signals.spi(), value,
                signals.readiness().orElse(null),
                signals.stakeholders().map(StakeholderSignals.Engagement::openConflicts).orElse(null), costsSequence);
    }
}
