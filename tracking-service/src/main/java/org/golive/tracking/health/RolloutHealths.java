package org.golive.tracking.health;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Rollouts' health, stored with the events a change raised in one write. */
@Component
class RolloutHealths {

    private final AggregateStore store;

    RolloutHealths(AggregateStore store) {
        this.store = store;
    }

    Optional<RolloutHealth> find(String rolloutId) {
        return store.find(RolloutHealth.class, rolloutId);
    }

    void insert(Changed<RolloutHealth> judged) {
        store.insert(judged.result(), judged.events());
    }

    void update(Changed<RolloutHealth> judged) {
        store.update(judged.result(), judged.events());
    }
}
