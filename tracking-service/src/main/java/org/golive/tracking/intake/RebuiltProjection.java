package org.golive.tracking.intake;

/**
 * A read model built from events only, so that it can be rebuilt by replaying the topics from the start into a new
 * generation ({@link ReadModels}). It names every collection it writes or reads through
 * {@link ReadModels#collection(String)}. A read model holding people's input (assessments, votes, training figures,
 * rules, reports) is a plain {@link Projection}: a replay cannot bring that input back, so it is never rebuilt.
 */
public interface RebuiltProjection extends Projection {
}
