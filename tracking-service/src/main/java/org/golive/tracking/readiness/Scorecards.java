package org.golive.tracking.readiness;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.platform.problem.NotFoundException;
import org.golive.tracking.health.HealthEvaluation;
import org.golive.tracking.health.ReadinessScores;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The sites' scorecards, each stored with the events its change raised in one write (the platform's outbox). A change
 * through the API (an assessment, training figures, a decision) has health judged again at once; a change fed by an
 * event is judged after that event by the health projection.
 */
@Repository
public class Scorecards implements ReadinessScores {

    private final AggregateStore store;
    private final ObjectProvider<HealthEvaluation> health;
    private final MongoTemplate mongo;

    Scorecards(AggregateStore store, ObjectProvider<HealthEvaluation> health, MongoTemplate mongo) {
        this.store = store;
        this.health = health;
        this.mongo = mongo;
    }

    public Optional<Scorecard> find(String rolloutId) {
        return store.find(Scorecard.class, rolloutId);
    }

    public Scorecard get(String rolloutId) {
        return find(rolloutId).orElseThrow(() -> new NotFoundException("Readiness scorecard of rollout", rolloutId));
    }

    /** Stores a seeded scorecard; false if the rollout has one (a redelivered plan event). */
    boolean create(Changed<Scorecard> seeded) {
        try {
            store.insert(seeded.result(), seeded.events());
            return true;
        } catch (DuplicateKeyException alreadySeeded) {
            return false;
        }
    }

    /**
     * Applies a change to the rollout's scorecard as it is now and stores it with its events; replayed on fresh
     * state when someone else wrote in between (an event and an assessment at once), so nobody's change is lost.
     */
    public <T> T change(String rolloutId, Function<Scorecard, Changed<Scorecard>> change,
                        Function<Scorecard, T> answer) {
        T answered = ConcurrentChanges.retry(() -> {
            Changed<Scorecard> changed = change.apply(get(rolloutId));
            store.update(changed.result(), changed.events());
            return answer.apply(changed.result());
        });
        health.ifAvailable(evaluation -> evaluation.reevaluate(rolloutId));
        return answered;
    }

    void save(Changed<Scorecard> changed) {
        store.update(changed.result(), changed.events());
    }

    @Override
    public Optional<BigDecimal> score(String rolloutId) {
        return find(rolloutId).map(card -> card.score().score());
    }

    /** The scorecards of those rollouts that have one, by rollout, in one read. */
    public Map<String, Scorecard> findAll(Collection<String> rolloutIds) {
        Map<String, Scorecard> cards = new HashMap<>();
        if (!rolloutIds.isEmpty()) {
            mongo.find(query(where("_id").in(List.copyOf(new LinkedHashSet<>(rolloutIds)))), Scorecard.class)
                    .forEach(card -> cards.put(card.id(), card));
        }
        return cards;
    }

    /** One read for all of them, of their criteria only (the score's inputs; not the history, nor the outbox). */
    @Override
    public Map<String, BigDecimal> scores(Collection<String> rolloutIds) {
        Map<String, BigDecimal> scores = new HashMap<>();
        if (rolloutIds.isEmpty()) {
            return scores;
        }
        Query cards = query(where("_id").in(List.copyOf(new LinkedHashSet<>(rolloutIds))));
        cards.fields().include("criteria");
        mongo.find(cards, Scorecard.class).forEach(card -> scores.put(card.id(), card.score().score()));
        return scores;
    }
}
