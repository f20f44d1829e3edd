package org.golive.tracking.health;

/**
 * Told of every judgement of a rollout's health, whether or not a colour changed (its figures may have): after each
 * event applied to the rollout, each readiness change, each rule change and the daily re-judge.
 */
public interface JudgementListener {

    void judged(RolloutJudgement judgement);
}
