package org.golive.tracking.rebuild;

import org.golive.tracking.health.JudgementListener;
import org.golive.tracking.health.RolloutJudgement;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rollouts judged by anyone but a rebuild while it watches: a live event, a readiness assessment, a rule change
 * or the daily re-judge changed something a judgement reads, in the generation readers saw. A rebuild judges every
 * rollout in its new generation once, before the switch; after the switch it judges again only these (and those its
 * last records touched), instead of every rollout a second time.
 */
@Component
class JudgedMeanwhile implements JudgementListener {

    private final Set<String> rollouts = ConcurrentHashMap.newKeySet();
    private volatile Thread rebuilding;

    /** From now on, records every rollout judged on a thread other than the calling (rebuilding) one. */
    void watch() {
        rollouts.clear();
        rebuilding = Thread.currentThread();
    }

    /** Stops watching; returns the rollouts judged elsewhere since {@link #watch}. */
    Set<String> stop() {
        rebuilding = null;
        Set<String> judged = Set.copyOf(rollouts);
        rollouts.clear();
        return judged;
    }

    @Override
    public void judged(RolloutJudgement judgement) {
        Thread watching = rebuilding;
        if (watching != null && watching != Thread.currentThread()) {
            rollouts.add(judgement.plan().rolloutId());
        }
    }
}
