package org.golive.budget.budget;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class ThresholdPolicies {

    private final AggregateStore store;

    ThresholdPolicies(AggregateStore store) {
        this.store = store;
    }

    Optional<ThresholdPolicy> find(String programId) {
        return store.find(ThresholdPolicy.class, programId);
    }

    /** Stores a changed policy with its event: inserted the first time, updated (version-checked) after. */
    ThresholdPolicy save(Changed<ThresholdPolicy> changed) {
        ThresholdPolicy policy = changed.result();
        return policy.version() == null ? store.insert(policy, changed.events())
                : store.update(policy, changed.events());
    }
}
