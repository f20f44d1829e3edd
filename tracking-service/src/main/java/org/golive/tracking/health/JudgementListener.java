package org.golive.tracking.health;

import java.util.List;

/**
 * Told of every judgement of a rollout's health, whether or not a colour changed (its figures may have): after each
 * poll of events applied to the rollout, each readiness change, each rule change, the daily re-judge and a rebuild.
 */
public interface JudgementListener {

    void judged(RolloutJudgement judgement);

    /**
     * The judgements of one call of the judge, all at once (a poll's rollouts, a chunk of a re-judge or a rebuild):
     * a listener that writes overrides it to write them together.
     */
    default void judgedAll(List<RolloutJudgement> judgements) {
        judgements.forEach(this::judged);
    }
}
