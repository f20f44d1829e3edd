package org.golive.planning.resource;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rollouts' assignment documents. One document holds a rollout's every assigned task, so two people assigning
 * different tasks of one site write the same document: a write that finds the document moved is tried again on the
 * fresh state (where the task's own revision still decides whether it is a real conflict).
 */
@Repository
class RolloutAssignmentStore {

    private static final int ATTEMPTS = 5;

    private final AggregateStore store;

    RolloutAssignmentStore(AggregateStore store) {
        this.store = store;
    }

    Optional<RolloutAssignments> find(String rolloutId) {
        return store.find(RolloutAssignments.class, rolloutId);
    }

    /** Applies {@code change} to the stored document (or a new one from {@code opened}) and stores it with its events. */
    <T> T change(String rolloutId, Supplier<RolloutAssignments> opened,
                 Function<RolloutAssignments, Changed<T>> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<RolloutAssignments> stored = find(rolloutId);
            RolloutAssignments document = stored.orElseGet(opened);
            Changed<T> changed = change.apply(document);
            try {
                if (stored.isPresent()) {
                    store.update(document, changed.events());
                } else {
                    store.insert(document, changed.events());
                }
                return changed.result();
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced instanceof OptimisticLockingFailureException lock ? lock
                            : new OptimisticLockingFailureException(raced.getMessage(), raced);
                }
            }
        }
    }
}
