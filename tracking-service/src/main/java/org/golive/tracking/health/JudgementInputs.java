package org.golive.tracking.health;

import java.util.Collection;
import java.util.Map;

/**
 * Where one judge ({@link HealthEvaluation#judge}) gets its inputs from, for many rollouts at once: the database as
 * stored now (an assessment, a rule change, the daily re-judge), the live listeners' plans kept in memory and checked
 * against the database (after a poll), or a rebuild's fold (every rollout of the new generation, from memory). See
 * {@link JudgementSources}.
 */
@FunctionalInterface
public interface JudgementInputs {

    /** The inputs of these rollouts, by id; a rollout tracking does not know (a program's id) is left out. */
    Map<String, RolloutInputs> of(Collection<String> rolloutIds);
}
